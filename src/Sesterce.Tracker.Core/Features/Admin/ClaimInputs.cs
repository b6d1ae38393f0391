using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Admin;

/// <summary>One source of a claim and the words of that source that state it.</summary>
public sealed record CitationInput(int? SourceId, string? Quote);

/// <summary>
/// What every claim carries besides its value (docs/claims.md): the day it became known, its status,
/// its sources each with its quote, and a note. <see cref="RecallsEarlierAnnouncement"/> is the admin's
/// confirmation that a source published after <see cref="ReportedOn"/> reports an earlier announcement
/// (an article of November recalling February's promise). <see cref="Visibility"/> says who may see the
/// claim (docs/security.md, "Classification"); left null, the service decides: the corrected claim's
/// level for a correction, the figure's default for a figure claim, the disputed claim's level for a
/// resolution, Public otherwise.
/// </summary>
public sealed record ClaimInput(
    string? ReportedOn,
    ClaimStatus Status,
    IReadOnlyList<CitationInput> Sources,
    string? Note,
    bool RecallsEarlierAnnouncement = false,
    Visibility? Visibility = null)
{
    /// <summary>
    /// Set by the campus import only (internal, so no form or API body can set it): claims migrated
    /// from before sources were required, or read from a version 1 file, have none, and a file the
    /// tracker wrote must import again.
    /// </summary>
    internal bool SourcesOptional { get; init; }
}

/// <summary>The validated common part of a claim, ready to be put on its record.</summary>
public sealed record ValidClaim(PartialDate ReportedOn, ClaimStatus Status, List<Citation> Citations, string? Note, Visibility Visibility);

/// <summary>The rules every claim's input follows, whatever its value: one place, used by every admin write and the import.</summary>
public static class ClaimValidation
{
    public const int MaxSources = 20;

    /// <summary>The cited source ids for the audit log: "3, 7".</summary>
    public static string Describe(IEnumerable<Citation> citations) => string.Join(", ", citations.Select(c => c.SourceId));

    /// <summary>
    /// The level a claim gets when its input gives none: <paramref name="inherited"/> (the corrected
    /// claim's, the figure's default, the disputed claim's) or Public. Undefined levels are refused.
    /// </summary>
    public static Visibility Level(InputRules rules, Visibility? given, Visibility? inherited = null, string field = "Visibility")
    {
        ArgumentNullException.ThrowIfNull(rules);
        return given is { } level ? rules.Enum(field, level) : inherited ?? Domain.Visibility.Public;
    }

    /// <summary>The publication dates of the sources <paramref name="input"/> cites that exist (null date: unknown publication).</summary>
    public static async Task<IReadOnlyDictionary<int, PartialDate?>> CitedSourcesAsync(WriteScope scope, ClaimInput input)
    {
        var ids = input.Sources.Select(s => s.SourceId).OfType<int>().Distinct().ToList();
        var rows = await scope.Db.Sources.AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.PublishedOn, s.PublishedOnPrecision })
            .ToListAsync(scope.CancellationToken);
        return rows.ToDictionary(r => r.Id, r => r.PublishedOn is { } start ? new PartialDate(start, r.PublishedOnPrecision) : (PartialDate?)null);
    }

    /// <summary>
    /// Checks the reported-on date (required, not in the future), the status, one to
    /// <see cref="MaxSources"/> distinct existing sources with quotes of at most 2,000 characters, and
    /// the note. A reported-on date before a cited source's publication is refused unless the admin
    /// confirms the source recalls an earlier announcement. Errors name fields as the forms do:
    /// <paramref name="reportedField"/>, "Status", "Sources", "Sources[i].SourceId", "Sources[i].Quote",
    /// "RecallsEarlierAnnouncement", "Note", "Visibility". <paramref name="inheritedLevel"/> is the level the
    /// claim takes when the input gives none (<see cref="Level"/>). A source more restricted than the
    /// claim is allowed: readers who may not see it see the claim as "source restricted".
    /// </summary>
    public static ValidClaim? Validate(
        InputRules rules, ClaimInput input, IReadOnlyDictionary<int, PartialDate?> knownSources, string reportedField = "ReportedOn", Visibility? inheritedLevel = null)
    {
        var reported = rules.Date(reportedField, input.ReportedOn, notInFuture: true);
        rules.Enum("Status", input.Status);
        var citations = new List<Citation>();
        if (input.Sources.Count == 0 && !input.SourcesOptional)
        {
            rules.Add("Sources", "SourceRequired");
        }
        else if (input.Sources.Count > MaxSources)
        {
            rules.Add("Sources", "TooManySources", MaxSources);
        }

        var seen = new HashSet<int>();
        PartialDate? latestPublication = null;
        for (var i = 0; i < input.Sources.Count && i < MaxSources; i++)
        {
            var citation = input.Sources[i];
            var quote = rules.Text($"Sources[{i}].Quote", citation.Quote, 2000, required: false);
            if (citation.SourceId is not { } sourceId)
            {
                rules.Add($"Sources[{i}].SourceId", "Required");
                continue;
            }

            if (!knownSources.TryGetValue(sourceId, out var published))
            {
                rules.Add($"Sources[{i}].SourceId", "UnknownSource");
                continue;
            }

            if (!seen.Add(sourceId))
            {
                rules.Add($"Sources[{i}].SourceId", "SourceTwice");
                continue;
            }

            if (published is { } p && (latestPublication is null || p.Start > latestPublication.Value.Start))
            {
                latestPublication = p;
            }

            citations.Add(new Citation { SourceId = sourceId, Quote = quote, Order = i });
        }

        // A claim cannot be known before the document that reports it, unless that document recalls an earlier announcement.
        if (reported is { } day && latestPublication is { } publication && publication.Start > day.End && !input.RecallsEarlierAnnouncement)
        {
            rules.Add("RecallsEarlierAnnouncement", "ReportedBeforePublication", publication.ToString());
        }

        var note = rules.Text("Note", input.Note, 2000, required: false);
        var level = Level(rules, input.Visibility, inheritedLevel);
        return rules.IsValid && reported is { } r ? new ValidClaim(r, input.Status, citations, note, level) : null;
    }
}
