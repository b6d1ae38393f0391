using System.Net;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.HttpOverrides;

namespace Sesterce.Tracker.Web.Hosting;

/// <summary>
/// The address a request came from, as the audit log records it. <c>UseForwardedHeaders</c> runs first,
/// so behind a configured proxy this is the client's address, and otherwise the connection's own.
/// </summary>
public static class ClientAddress
{
    public static string? Of(HttpContext? context)
    {
        var address = context?.Connection.RemoteIpAddress;
        if (address is null)
        {
            return null;
        }

        // Dual-stack sockets report IPv4 clients as ::ffff:a.b.c.d; the audit log shows the plain form.
        return (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }
}

/// <summary>
/// The client address for the current scope. A Blazor circuit outlives the request that opened it, so its
/// address is captured when the circuit opens (and again on reconnection); a plain request reads its own.
/// </summary>
public sealed class ClientAddressAccessor(IHttpContextAccessor http)
{
    private string? _circuitAddress;

    public string? Current => _circuitAddress ?? ClientAddress.Of(http.HttpContext);

    internal void Capture(string? address)
    {
        if (address is not null)
        {
            _circuitAddress = address;
        }
    }
}

/// <summary>Captures the address of the connection behind a circuit, for audit entries written from it.</summary>
public sealed class ClientAddressCircuitHandler(ClientAddressAccessor accessor, IHttpContextAccessor http) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        accessor.Capture(ClientAddress.Of(http.HttpContext));
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        accessor.Capture(ClientAddress.Of(http.HttpContext));
        return Task.CompletedTask;
    }
}

/// <summary>
/// Which proxies may say who the client is. Nothing is trusted unless configured: with no known proxy
/// or network the forwarded headers are ignored, since the middleware would otherwise believe any sender.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string ProxiesSetting = "ForwardedHeaders:KnownProxies";
    public const string NetworksSetting = "ForwardedHeaders:KnownNetworks";

    public static IServiceCollection AddTrackerForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in configuration.GetSection(ProxiesSetting).Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"{ProxiesSetting} holds '{proxy}', which is not an IP address."));
            }

            foreach (var network in configuration.GetSection(NetworksSetting).Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"{NetworksSetting} holds '{network}', which is not a CIDR network such as 10.0.0.0/8."));
            }

            var trusted = options.KnownProxies.Count > 0 || options.KnownIPNetworks.Count > 0;
            options.ForwardedHeaders = trusted ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
        });
        services.AddScoped<ClientAddressAccessor>();
        services.AddScoped<CircuitHandler, ClientAddressCircuitHandler>();
        return services;
    }
}
