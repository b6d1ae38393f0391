using Microsoft.AspNetCore.WebUtilities;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Features.Admin;

/// <summary>The audit filter as a query string and back, so the CSV export matches what the page shows.</summary>
public static class AuditQuery
{
    public static string Of(AuditFilter filter)
    {
        var pairs = new Dictionary<string, string?>
        {
            ["campus"] = filter.CampusSlug,
            ["record"] = filter.EntityType,
            ["user"] = filter.User,
            ["from"] = filter.From is { } from ? AsOf.FormatDay(from) : null,
            ["to"] = filter.To is { } to ? AsOf.FormatDay(to) : null,
            ["text"] = filter.Text,
            ["kind"] = filter.Kind == AuditKind.All ? null : filter.Kind.ToString().ToLowerInvariant(),
        };
        return QueryHelpers.AddQueryString("", pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value)));
    }

    public static bool TryRead(IQueryCollection query, out AuditFilter filter)
    {
        filter = new AuditFilter();
        DateOnly? Date(string key, out bool ok)
        {
            ok = true;
            var text = query[key].ToString();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            ok = AsOf.TryParseDay(text, out var day);
            return ok ? day : null;
        }

        var from = Date("from", out var fromOk);
        var to = Date("to", out var toOk);
        if (!fromOk || !toOk)
        {
            return false;
        }

        var kind = AuditKind.All;
        if (!string.IsNullOrEmpty(query["kind"]) && (!Enum.TryParse(query["kind"].ToString(), ignoreCase: true, out kind) || !Enum.IsDefined(kind)))
        {
            return false;
        }

        static string? Text(IQueryCollection q, string key) => string.IsNullOrWhiteSpace(q[key]) ? null : q[key].ToString();
        // The page offers users from a list and matches the chosen name exactly; the export must
        // list the same entries, so "alice" does not also bring in "alice.admin".
        var user = Text(query, "user");
        filter = new AuditFilter(Text(query, "campus"), Text(query, "record"), user, from, to, Text(query, "text"), kind) { UserExact = user is not null };
        return true;
    }
}
