using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Sesterce.Tracker.LoadClient;

/// <summary>
/// Blazor's hub accepts only its "blazorpack" protocol, which is SignalR's MessagePack hub protocol
/// under another name (the server keeps its own copy so it needs no MessagePack library). So the
/// client speaks MessagePack and announces it as blazorpack in the handshake.
/// </summary>
public sealed class BlazorPackProtocol : IHubProtocol
{
    public const string ProtocolName = "blazorpack";

    private readonly MessagePackHubProtocol _inner = new();

    public string Name => ProtocolName;

    public int Version => _inner.Version;

    public TransferFormat TransferFormat => TransferFormat.Binary;

    public bool IsVersionSupported(int version) => _inner.IsVersionSupported(version);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message) =>
        _inner.TryParseMessage(ref input, binder, out message);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _inner.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _inner.GetMessageBytes(message);
}
