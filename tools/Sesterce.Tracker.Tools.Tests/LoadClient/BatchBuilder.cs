using System.Text;
using Sesterce.Tracker.LoadClient;

namespace Sesterce.Tracker.Tools.Tests.LoadClient;

/// <summary>
/// Writes render batches in the wire layout the server's RenderBatchWriter uses, from frames and
/// edits a test spells out, so the load client's reader is checked without a server.
/// </summary>
internal sealed class BatchBuilder
{
    private readonly List<(int ComponentId, List<(EditType Type, int Sibling, int Frame, string? Removed)> Edits)> _diffs = [];
    private readonly List<Action<BinaryWriter, Func<string?, int>>> _frames = [];
    private readonly List<int> _disposedComponents = [];
    private readonly List<ulong> _disposedHandlers = [];

    public int FrameCount => _frames.Count;

    public BatchBuilder Diff(int componentId, params (EditType Type, int Sibling, int Frame, string? Removed)[] edits)
    {
        _diffs.Add((componentId, [.. edits]));
        return this;
    }

    public BatchBuilder Element(string name, int subtreeLength) => Frame(FrameType.Element, (w, s) => { w.Write(subtreeLength); w.Write(s(name)); w.Write(0L); });

    public BatchBuilder Text(string text) => Frame(FrameType.Text, (w, s) => { w.Write(s(text)); w.Write(0); w.Write(0L); });

    public BatchBuilder Attribute(string name, string? value, ulong eventHandlerId = 0) => Frame(FrameType.Attribute, (w, s) => { w.Write(s(name)); w.Write(s(value)); w.Write(eventHandlerId); });

    public BatchBuilder Component(int componentId, int subtreeLength) => Frame(FrameType.Component, (w, _) => { w.Write(subtreeLength); w.Write(componentId); w.Write(0L); });

    public BatchBuilder DisposedComponent(int id)
    {
        _disposedComponents.Add(id);
        return this;
    }

    public BatchBuilder DisposedHandler(ulong id)
    {
        _disposedHandlers.Add(id);
        return this;
    }

    private BatchBuilder Frame(FrameType type, Action<BinaryWriter, Func<string?, int>> body)
    {
        _frames.Add((writer, strings) =>
        {
            writer.Write((int)type);
            body(writer, strings);
        });
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        var strings = new List<string>();
        int StringIndex(string? value)
        {
            if (value is null)
            {
                return -1;
            }

            strings.Add(value);
            return strings.Count - 1;
        }

        var diffOffsets = new List<int>();
        foreach (var (componentId, edits) in _diffs)
        {
            diffOffsets.Add((int)stream.Position);
            writer.Write(componentId);
            writer.Write(edits.Count);
            foreach (var edit in edits)
            {
                writer.Write((int)edit.Type);
                writer.Write(edit.Sibling);
                writer.Write(edit.Frame);
                writer.Write(StringIndex(edit.Removed));
            }
        }

        var updatedComponentsAt = (int)stream.Position;
        writer.Write(diffOffsets.Count);
        diffOffsets.ForEach(writer.Write);

        var framesAt = (int)stream.Position;
        writer.Write(_frames.Count);
        foreach (var frame in _frames)
        {
            frame(writer, StringIndex);
        }

        var disposedComponentsAt = (int)stream.Position;
        writer.Write(_disposedComponents.Count);
        _disposedComponents.ForEach(writer.Write);
        var disposedHandlersAt = (int)stream.Position;
        writer.Write(_disposedHandlers.Count);
        _disposedHandlers.ForEach(writer.Write);

        var stringOffsets = new List<int>();
        foreach (var value in strings)
        {
            stringOffsets.Add((int)stream.Position);
            writer.Write(value); // BinaryWriter: 7-bit encoded length, then UTF-8, as the server writes.
        }

        var stringTableAt = (int)stream.Position;
        stringOffsets.ForEach(writer.Write);
        writer.Write(updatedComponentsAt);
        writer.Write(framesAt);
        writer.Write(disposedComponentsAt);
        writer.Write(disposedHandlersAt);
        writer.Write(stringTableAt);
        writer.Flush();
        return stream.ToArray();
    }
}
