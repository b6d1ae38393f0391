using System.Text.RegularExpressions;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Claims;

namespace Sesterce.Tracker.Web.Features.Admin.Claims;

/// <summary>One source of a claim as the form edits it: nothing chosen until the admin chooses.</summary>
public sealed class CitationRow
{
    public int? SourceId { get; set; }

    public string? Quote { get; set; }
}

/// <summary>
/// What every claim form edits besides the claim's value (docs/claims.md): the day it became known,
/// its status, its sources each with its quote, a note, and the confirmation that a source published
/// later recalls an earlier announcement. The source catalogue is passed in wherever publication dates matter.
/// </summary>
public sealed partial class ClaimForm
{
    public string? ReportedOn { get; set; }

    public ClaimStatus Status { get; set; } = ClaimStatus.OfficialAnnouncement;

    /// <summary>Starts with one empty row: the admin picks the source, the form never guesses it.</summary>
    public List<CitationRow> Sources { get; } = [new()];

    public string? Note { get; set; }

    public bool RecallsEarlierAnnouncement { get; set; }

    /// <summary>Who may see the claim; the page prefills it (the figure's default, the corrected claim's level, Public).</summary>
    public Visibility Visibility { get; set; }

    /// <summary>How many rows have a source chosen.</summary>
    public int ChosenCount => Sources.Count(s => s.SourceId is not null);

    /// <summary>
    /// A correction starts from the claim it corrects: the same day, status, sources with their words
    /// and note, and its level, so the admin changes only what was wrong.
    /// </summary>
    public static ClaimForm Copy(IClaimView claim, string? note, Visibility level = Visibility.Public)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var form = new ClaimForm { ReportedOn = claim.AnnouncedOn.ToString(), Status = claim.Status, Note = note, Visibility = level };
        if (claim.Sources.Count > 0)
        {
            form.Sources.Clear();
            form.Sources.AddRange(claim.Sources.Select(c => new CitationRow { SourceId = c.Source.Id, Quote = c.Quote }));
        }

        // A claim stored before its source's publication was confirmed once already; the copy keeps that word.
        form.RecallsEarlierAnnouncement = claim.Sources.Any(c => c.Source.PublishedOn is { } p && p.Start > claim.AnnouncedOn.End);
        return form;
    }

    /// <summary>
    /// Puts a source on a row. The first source chosen while the reported-on day is still empty gives
    /// it that source's publication date, at its precision: most claims become known the day their
    /// source appears, and an empty day is safer than today's.
    /// </summary>
    public void Choose(int row, int? sourceId, IReadOnlyList<SourceAdminRow> catalogue)
    {
        Sources[row].SourceId = sourceId;
        if (string.IsNullOrWhiteSpace(ReportedOn) && sourceId is { } id && catalogue.FirstOrDefault(s => s.Id == id)?.PublishedOn is { } published)
        {
            ReportedOn = published.ToString();
        }
    }

    /// <summary>
    /// The chosen source published last, when it appeared after the reported-on day (the service's
    /// rule): the admin then confirms it recalls an earlier announcement. Null otherwise or while the day is unreadable.
    /// </summary>
    public SourceAdminRow? PublishedAfterReport(IReadOnlyList<SourceAdminRow> catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        if (!PartialDate.TryParse(ReportedOn, out var reported))
        {
            return null;
        }

        var chosen = Sources.Select(s => s.SourceId).OfType<int>().ToHashSet();
        return catalogue
            .Where(s => chosen.Contains(s.Id) && s.PublishedOn is { } p && p.Start > reported.End)
            .MaxBy(s => s.PublishedOn!.Value.Start);
    }

    /// <summary>
    /// The chosen sources more restricted than the claim: readers who may see the claim but not the
    /// source will see it without that source. Allowed, but the form says so.
    /// </summary>
    public IReadOnlyList<SourceAdminRow> MoreRestrictedSources(IReadOnlyList<SourceAdminRow> catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var chosen = Sources.Select(s => s.SourceId).OfType<int>().ToHashSet();
        return [.. catalogue.Where(s => chosen.Contains(s.Id) && s.Visibility > Visibility)];
    }

    /// <summary>
    /// The claim as the service takes it. Every row goes, empty ones too, so the service's
    /// "Sources[i]" errors name the row the admin sees; the confirmation goes only while it is asked for.
    /// </summary>
    public ClaimInput ToInput(IReadOnlyList<SourceAdminRow> catalogue) => new(
        ReportedOn,
        Status,
        [.. Sources.Select(s => new CitationInput(s.SourceId, s.Quote))],
        Note,
        RecallsEarlierAnnouncement && PublishedAfterReport(catalogue) is not null,
        Visibility);

    /// <summary>
    /// Whether this claim's own inputs can have caused <paramref name="error"/>. When two claims are
    /// saved at once (a new milestone with a target and a reached date) the service names their fields
    /// alike; each editor then shows only the errors its inputs explain. Unknown cases count as explained.
    /// </summary>
    public bool CanCause(ValidationError error, IReadOnlyList<SourceAdminRow> catalogue, bool reachedClaim)
    {
        ArgumentNullException.ThrowIfNull(error);
        var blankDay = string.IsNullOrWhiteSpace(ReportedOn);
        var readable = PartialDate.TryParse(ReportedOn, out _);
        if (error.Field == "ReportedOn")
        {
            return error.Code switch
            {
                "Required" => blankDay,
                "NotADate" => !blankDay && !readable,
                "ReportedBeforeReached" => reachedClaim,
                _ => readable,
            };
        }

        if (error.Field == "RecallsEarlierAnnouncement")
        {
            return !RecallsEarlierAnnouncement && PublishedAfterReport(catalogue) is not null;
        }

        if (error.Field == "Sources")
        {
            return error.Code == "SourceRequired" ? Sources.Count == 0 : Sources.Count > ClaimValidation.MaxSources;
        }

        if (error.Field == "Note")
        {
            return !string.IsNullOrWhiteSpace(Note);
        }

        if (error.Field == "Visibility")
        {
            return !Enum.IsDefined(Visibility);
        }

        if (RowField(error.Field) is not (var index, var part))
        {
            return true;
        }

        if (index >= Sources.Count)
        {
            return false;
        }

        var row = Sources[index];
        return part == "Quote"
            ? !string.IsNullOrWhiteSpace(row.Quote)
            : error.Code switch
            {
                "Required" => row.SourceId is null,
                "SourceTwice" => row.SourceId is { } id && Sources.Take(index).Any(s => s.SourceId == id),
                _ => row.SourceId is not null,
            };
    }

    /// <summary>"Sources[2].Quote" → (2, "Quote"); null for any other field.</summary>
    public static (int Index, string Part)? RowField(string field)
    {
        var match = RowFieldPattern().Match(field ?? "");
        return match.Success ? (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[2].Value) : null;
    }

    [GeneratedRegex(@"^Sources\[(\d{1,3})\]\.(SourceId|Quote)$")]
    private static partial Regex RowFieldPattern();
}
