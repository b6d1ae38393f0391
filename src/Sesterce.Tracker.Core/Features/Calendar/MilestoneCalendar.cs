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
        var list = milestones.ToList();
        var undated = list.Count(m => m.KeyDate is null);
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//Sesterce Campus Tracker//Milestones//EN");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        Line(ics, "X-WR-CALNAME:" + Escape($"{campusName} milestones"));

        // A calendar has no place for an event without a date; the feed says how many it leaves out rather than hiding them.
        Line(ics, "X-WR-CALDESC:" + Escape(undated == 0
            ? $"Milestones of {campusName}."
            : $"Milestones of {campusName}. {undated.ToString(CultureInfo.InvariantCulture)} {(undated == 1 ? "milestone has" : "milestones have")} no date yet and {(undated == 1 ? "is" : "are")} not in this calendar."));
        foreach (var milestone in list)
        {
            if (milestone.KeyDate is not { } date)
            {
                continue;
            }

            Line(ics, "BEGIN:VEVENT");
            Line(ics, $"UID:milestone-{milestone.Id.ToString(CultureInfo.InvariantCulture)}.{campusSlug}@sesterce-campus-tracker");
            Line(ics, "DTSTAMP:" + stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
            Line(ics, "DTSTART;VALUE=DATE:" + date.Start.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            // DTEND is the day after the period; a period ending on the last representable day has
            // none, and without DTEND a calendar reads a date event as that one day.
            if (date.End < DateOnly.MaxValue)
            {
                Line(ics, "DTEND;VALUE=DATE:" + date.End.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            }

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

        if (milestone.ActualDate is null && milestone.TargetChallenger is { Date: var other } challenger)
        {
            text.Append(CultureInfo.InvariantCulture, $" {Describe(challenger.Status)} says {(other is { } d ? d.ToString() : "no date")} (reported {challenger.AnnouncedOn}).");
        }

        var claim = milestone.Reached ?? milestone.Target;
        if (claim is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{Describe(claim.Status)}, reported {claim.AnnouncedOn}.");
            if (!string.IsNullOrWhiteSpace(claim.Reason))
            {
                text.Append(CultureInfo.InvariantCulture, $" Reason: {claim.Reason}");
            }
        }

        foreach (var citation in claim?.Sources ?? [])
        {
            var source = citation.Source;
            text.Append(CultureInfo.InvariantCulture, $"\nSource: {source.Title}");
            if (source.PublishedOn is { } published)
            {
                text.Append(CultureInfo.InvariantCulture, $", {published}");
            }

            if (!string.IsNullOrEmpty(source.Url))
            {
                text.Append(CultureInfo.InvariantCulture, $", {source.Url}");
            }

            if (!string.IsNullOrWhiteSpace(citation.Quote))
            {
                text.Append(CultureInfo.InvariantCulture, $"\n\"{citation.Quote}\"");
            }
        }

        return text.ToString();
    }

    private static string Describe(ClaimStatus status) => status switch
    {
        ClaimStatus.OfficialAnnouncement => "Official announcement",
        ClaimStatus.PressReport => "Press report",
        ClaimStatus.InternalEstimate => "Internal estimate",
        _ => "Approved",
    };

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
