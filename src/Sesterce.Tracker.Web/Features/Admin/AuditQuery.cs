using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Sesterce.Tracker.Core.Features.Audit;

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
            ["from"] = filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["text"] = filter.Text,
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

            ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day);
            return ok ? day : null;
        }

        var from = Date("from", out var fromOk);
        var to = Date("to", out var toOk);
        if (!fromOk || !toOk)
        {
            return false;
        }

        static string? Text(IQueryCollection q, string key) => string.IsNullOrWhiteSpace(q[key]) ? null : q[key].ToString();
        filter = new AuditFilter(Text(query, "campus"), Text(query, "record"), Text(query, "user"), from, to, Text(query, "text"));
        return true;
    }
}
