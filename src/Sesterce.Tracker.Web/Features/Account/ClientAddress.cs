namespace Sesterce.Tracker.Web.Features.Account;

/// <summary>
/// The address recorded with a sign-in or an account change. One small method on purpose: the
/// forwarded-headers handling (a configured proxy's X-Forwarded-For) replaces what it reads.
/// </summary>
public static class ClientAddress
{
    public static string? Of(HttpContext? context) => context?.Connection.RemoteIpAddress?.ToString();
}
