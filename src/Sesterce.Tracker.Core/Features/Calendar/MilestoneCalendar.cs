using System.Globalization;
using System.Text;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Milestones;

namespace Sesterce.Tracker.Core.Features.Calendar;

/// <summary>
/// Writes a campus's milestones as an iCalendar (RFC 5545) feed: one all-day event per milestone
/// spanning its date's whole period (a day, a month, a quarter or a year), so a calendar shows
/// "December 2026" as the month it is rather than a made-up day.
/// </summary>
public static class MilestoneCalendar
{
    public static string Write(string campusSlug, string campusName, IEnumerable<MilestoneSummary> milestones, DateTimeOffset stamp)
    {
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//Sesterce Campus Tracker//Milestones//EN");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        Line(ics, "X-WR-CALNAME:" + Escape($"{campusName} milestones"));
        foreach (var milestone in milestones)
        {
            if (milestone.KeyDate is not { } date)
            {
                continue;
            }

            Line(ics, "BEGIN:VEVENT");
            Line(ics, $"UID:milestone-{milestone.Id.ToString(CultureInfo.InvariantCulture)}.{campusSlug}@sesterce-campus-tracker");
            Line(ics, "DTSTAMP:" + stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
            Line(ics, "DTSTART;VALUE=DATE:" + date.Start.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Line(ics, "DTEND;VALUE=DATE:" + date.End.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Line(ics, "SUMMARY:" + Escape(milestone.Title));
            Line(ics, "DESCRIPTION:" + Escape(Describe(milestone, date)));
            Line(ics, "CATEGORIES:" + Escape(milestone.Kind.ToString()));
            Line(ics, "STATUS:" + (milestone.State switch
            {
                MilestoneState.Achieved => "CONFIRMED",
                MilestoneState.Cancelled => "CANCELLED",
                _ => "TENTATIVE",
            }));
            Line(ics, "TRANSP:TRANSPARENT");
            Line(ics, "END:VEVENT");
        }

        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    private static string Describe(MilestoneSummary milestone, PartialDate date)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{(milestone.ActualDate is null ? "Target" : "Reached")}: {date} ({date.Precision.ToString().ToLowerInvariant()} precision).");
        if (milestone.Baseline is { } baseline && baseline != date)
        {
            text.Append(CultureInfo.InvariantCulture, $" First announced for {baseline}.");
        }

        var latest = milestone.LatestRevision;
        var source = milestone.ActualDate is null ? latest?.Source : milestone.ActualSource ?? latest?.Source;
        var quote = milestone.ActualDate is null ? latest?.Quote : milestone.ActualQuote ?? latest?.Quote;
        if (latest is not null && milestone.ActualDate is null)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nLatest change: announced {latest.AnnouncedOn}, target {latest.Target}.");
            if (!string.IsNullOrWhiteSpace(latest.Reason))
            {
                text.Append(CultureInfo.InvariantCulture, $" Reason: {latest.Reason}");
            }
        }

        if (source is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nSource: {source.Title}");
            if (source.PublishedOn is { } published)
            {
                text.Append(CultureInfo.InvariantCulture, $", {published:yyyy-MM-dd}");
            }

            if (!string.IsNullOrEmpty(source.Url))
            {
                text.Append(CultureInfo.InvariantCulture, $", {source.Url}");
            }
        }

        if (!string.IsNullOrWhiteSpace(quote))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\"{quote}\"");
        }

        return text.ToString();
    }

    /// <summary>TEXT escaping of RFC 5545 §3.3.11.</summary>
    private static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Content lines end in CRLF and fold at 75 octets without splitting a UTF-8 character (§3.1).</summary>
    private static void Line(StringBuilder ics, string content)
    {
        var octets = 0;
        var limit = 75;
        var enumerator = StringInfo.GetTextElementEnumerator(content);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            var size = Encoding.UTF8.GetByteCount(element);
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 0;
                limit = 74;
            }

            ics.Append(element);
            octets += size;
        }

        ics.Append("\r\n");
    }
}
