using System.Buffers.Binary;
using System.Text;

namespace Sesterce.Tracker.LoadClient;

/// <summary>Frame types of Blazor's render tree as numbered on the wire (RenderTreeFrameType).</summary>
public enum FrameType
{
    None = 0,
    Element = 1,
    Text = 2,
    Attribute = 3,
    Component = 4,
    Region = 5,
    ElementReferenceCapture = 6,
    ComponentReferenceCapture = 7,
    Markup = 8,
    ComponentRenderMode = 9,
    NamedEvent = 10,
}

/// <summary>Edit types of a component diff as numbered on the wire (RenderTreeEditType).</summary>
public enum EditType
{
    PrependFrame = 1,
    RemoveFrame = 2,
    SetAttribute = 3,
    RemoveAttribute = 4,
    UpdateText = 5,
    StepIn = 6,
    StepOut = 7,
    UpdateMarkup = 8,
    PermutationListEntry = 9,
    PermutationListEnd = 10,
}

/// <summary>
/// One reference frame, what the browser's renderer reads of it: SubtreeLength counts an element's,
/// component's or region's frame and its descendants; Name is an element's or attribute's name;
/// Value an attribute's string value (null for other values), a text or markup; EventHandlerId is
/// set on attributes that carry an event handler; ComponentId on component frames.
/// </summary>
public sealed record RenderFrame(FrameType Type, int SubtreeLength, string? Name, string? Value, ulong EventHandlerId, int ComponentId);

public sealed record RenderEdit(EditType Type, int SiblingIndex, int ReferenceFrameIndex, string? RemovedAttributeName);

public sealed record ComponentDiff(int ComponentId, IReadOnlyList<RenderEdit> Edits);

public sealed record RenderBatch(
    IReadOnlyList<ComponentDiff> UpdatedComponents,
    IReadOnlyList<RenderFrame> ReferenceFrames,
    IReadOnlyList<int> DisposedComponentIds,
    IReadOnlyList<ulong> DisposedEventHandlerIds)
{
    /// <summary>Whether any text, markup or attribute value the batch sends contains <paramref name="needle"/>.</summary>
    public bool Contains(string needle) =>
        ReferenceFrames.Any(f => f.Value?.Contains(needle, StringComparison.Ordinal) == true);
}

/// <summary>
/// Reads the binary render batch a Blazor Server circuit sends with "JS.RenderBatch", laid out as
/// the server's RenderBatchWriter writes it and the browser's OutOfProcessRenderBatch reads it:
/// sections (updated components, reference frames, disposed component and event handler ids), a
/// string table, and at the end the offsets of each section as little-endian 32-bit integers.
/// </summary>
public static class RenderBatchReader
{
    private const int FrameSize = 20;
    private const int EditSize = 16;

    public static RenderBatch Read(ReadOnlySpan<byte> data)
    {
        if (data.Length < 20)
        {
            throw new FormatException($"A render batch has at least 20 bytes of section offsets; this one has {data.Length}.");
        }

        var end = data.Length;
        var updatedComponentsAt = Int(data, end - 20);
        var referenceFramesAt = Int(data, end - 16);
        var disposedComponentsAt = Int(data, end - 12);
        var disposedHandlersAt = Int(data, end - 8);
        var stringTableAt = Int(data, end - 4);

        string? ReadString(ReadOnlySpan<byte> bytes, int index) => index == -1 ? null : StringAt(bytes, Int(bytes, stringTableAt + (4 * index)));

        var frameCount = Int(data, referenceFramesAt);
        var frames = new RenderFrame[frameCount];
        for (var i = 0; i < frameCount; i++)
        {
            var at = referenceFramesAt + 4 + (FrameSize * i);
            var type = (FrameType)Int(data, at);
            frames[i] = type switch
            {
                FrameType.Element => new RenderFrame(type, Int(data, at + 4), ReadString(data, Int(data, at + 8)), null, 0, 0),
                FrameType.Text or FrameType.Markup => new RenderFrame(type, 1, null, ReadString(data, Int(data, at + 4)), 0, 0),
                FrameType.Attribute => new RenderFrame(type, 1, ReadString(data, Int(data, at + 4)), ReadString(data, Int(data, at + 8)), BinaryPrimitives.ReadUInt64LittleEndian(data[(at + 12)..]), 0),
                FrameType.Component => new RenderFrame(type, Int(data, at + 4), null, null, 0, Int(data, at + 8)),
                FrameType.Region => new RenderFrame(type, Int(data, at + 4), null, null, 0, 0),
                _ => new RenderFrame(type, 1, null, null, 0, 0),
            };
        }

        var diffCount = Int(data, updatedComponentsAt);
        var diffs = new ComponentDiff[diffCount];
        for (var i = 0; i < diffCount; i++)
        {
            var diffAt = Int(data, updatedComponentsAt + 4 + (4 * i));
            var componentId = Int(data, diffAt);
            var editCount = Int(data, diffAt + 4);
            var edits = new RenderEdit[editCount];
            for (var e = 0; e < editCount; e++)
            {
                var at = diffAt + 8 + (EditSize * e);
                edits[e] = new RenderEdit((EditType)Int(data, at), Int(data, at + 4), Int(data, at + 8), ReadString(data, Int(data, at + 12)));
            }

            diffs[i] = new ComponentDiff(componentId, edits);
        }

        var disposedComponents = new int[Int(data, disposedComponentsAt)];
        for (var i = 0; i < disposedComponents.Length; i++)
        {
            disposedComponents[i] = Int(data, disposedComponentsAt + 4 + (4 * i));
        }

        var disposedHandlers = new ulong[Int(data, disposedHandlersAt)];
        for (var i = 0; i < disposedHandlers.Length; i++)
        {
            disposedHandlers[i] = BinaryPrimitives.ReadUInt64LittleEndian(data[(disposedHandlersAt + 4 + (8 * i))..]);
        }

        return new RenderBatch(diffs, frames, disposedComponents, disposedHandlers);
    }

    private static int Int(ReadOnlySpan<byte> data, int at)
    {
        if (at < 0 || at + 4 > data.Length)
        {
            throw new FormatException($"Offset {at} lies outside the {data.Length}-byte render batch.");
        }

        return BinaryPrimitives.ReadInt32LittleEndian(data[at..]);
    }

    // Strings are UTF-8 prefixed by their byte length in 7-bit groups (BinaryWriter's format).
    private static string StringAt(ReadOnlySpan<byte> data, int at)
    {
        var length = 0;
        var shift = 0;
        while (true)
        {
            var b = data[at++];
            length |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                break;
            }

            shift += 7;
        }

        return Encoding.UTF8.GetString(data.Slice(at, length));
    }
}
