using System.Text;
using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Core.Features.Claims;

/// <summary>
/// The classification rule for one caller (docs/security.md, "Classification"), in one place so every
/// reader applies it the same way: which claims, risks and sources the caller may see (<see cref="Highest"/>
/// goes into the queries, so hidden claims never reach a computation), which citations remain, which
/// excerpts are withheld, and which texts are redacted because they repeat the quote of a hidden claim.
/// </summary>
public sealed class ClaimFilter
{
    /// <summary>Quotes shorter than this are too common ("1 GW", "2027") to say anything on their own.</summary>
    public const int MinimumRedactedQuoteLength = 12;

    private readonly IReadOnlyList<string> _hiddenQuotes;

    private ClaimFilter(Visibility? clearance, IReadOnlyList<string> hiddenQuotes)
    {
        Clearance = clearance;
        _hiddenQuotes = [.. hiddenQuotes.Select(Normalise).Where(q => q.Length >= MinimumRedactedQuoteLength).Distinct()];
    }

    /// <summary>An admin's view, or an operator's command: nothing is hidden.</summary>
    public static ClaimFilter Everything { get; } = new(Visibility.Confidential, []);

    /// <summary>The highest level the caller may read; null for nobody signed in.</summary>
    public Visibility? Clearance { get; }

    /// <summary>
    /// The bound for queries (<c>claim.Visibility &lt;= filter.Highest</c>); below every level for
    /// nobody signed in, so such a caller reads nothing.
    /// </summary>
    public Visibility Highest => Clearance ?? (Visibility)(-1);

    public bool SeesEverything => Clearance == Visibility.Confidential;

    public bool MaySee(Visibility level) => level <= Highest;

    /// <summary>The filter for the caller, with the quotes of the claims hidden from them read once.</summary>
    public static async Task<ClaimFilter> ForAsync(TrackerDbContext db, Caller caller, CancellationToken cancellationToken)
    {
        if (caller.Clearance == Visibility.Confidential)
        {
            return Everything;
        }

        var highest = caller.Clearance ?? (Visibility)(-1);
        var quotes = await HiddenCitations(db, highest)
            .Where(c => c.Quote != null && c.Quote.Length >= MinimumRedactedQuoteLength)
            .Select(c => c.Quote!)
            .Distinct()
            .ToListAsync(cancellationToken);
        return new ClaimFilter(caller.Clearance, quotes);
    }

    /// <summary>A filter for a level with the given hidden quotes; for tests and pure callers.</summary>
    public static ClaimFilter For(Visibility? clearance, IEnumerable<string> hiddenQuotes) =>
        clearance == Visibility.Confidential ? Everything : new ClaimFilter(clearance, [.. hiddenQuotes]);

    /// <summary>The citations whose claim is hidden from a caller reading up to <paramref name="highest"/> (a risk's assessment also when its risk is).</summary>
    internal static IQueryable<Citation> HiddenCitations(TrackerDbContext db, Visibility highest) =>
        db.Citations.Where(c =>
            (c.FigureRevisionId != null && db.FigureRevisions.Any(r => r.Id == c.FigureRevisionId && r.Visibility > highest))
            || (c.MilestoneDateRevisionId != null && db.MilestoneDateRevisions.Any(r => r.Id == c.MilestoneDateRevisionId && r.Visibility > highest))
            || (c.PhasePlanRevisionId != null && db.PhasePlanRevisions.Any(r => r.Id == c.PhasePlanRevisionId && r.Visibility > highest))
            || (c.ConflictResolutionId != null && db.ConflictResolutions.Any(r => r.Id == c.ConflictResolutionId && r.Visibility > highest))
            || (c.RiskAssessmentId != null && db.RiskAssessments.Any(a => a.Id == c.RiskAssessmentId
                && (a.Visibility > highest || db.Risks.Any(k => k.Id == a.RiskId && k.Visibility > highest)))));

    /// <summary>
    /// True when <paramref name="text"/> repeats (whitespace-normalised, case aside) the quote of a claim
    /// hidden from the caller: such a text states the hidden value, so it is shown as restricted.
    /// </summary>
    public bool IsRedacted(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || _hiddenQuotes.Count == 0)
        {
            return false;
        }

        var normalised = Normalise(text);
        return _hiddenQuotes.Any(q => normalised.Contains(q, StringComparison.Ordinal));
    }

    /// <summary>
    /// The citations of one visible claim as the caller may see them: a citation of a hidden source is
    /// left out; when every source is hidden, one <see cref="CitationView.RestrictedSource"/> stands in
    /// for them (no title, no quote, no link); a quote that repeats a hidden claim's quote is withheld.
    /// </summary>
    public IReadOnlyList<CitationView> Citations(IReadOnlyList<CitationView> all)
    {
        if (SeesEverything || all.Count == 0)
        {
            return all;
        }

        var shown = all
            .Where(c => !c.SourceRestricted && MaySee(c.Source.Visibility))
            .Select(c => IsRedacted(c.Quote) ? c with { Quote = null, QuoteRestricted = true } : c)
            .ToList();
        return shown.Count > 0 ? shown : [CitationView.RestrictedSource];
    }

    /// <summary>A source's excerpt as the caller may read it: withheld when a claim citing the source is hidden or the excerpt repeats a hidden quote.</summary>
    public string? Excerpt(string? excerpt, bool citedByHiddenClaim) =>
        citedByHiddenClaim || IsRedacted(excerpt) ? null : excerpt;

    /// <summary>Lower case with every run of whitespace made one space, so a line break or a double space hides nothing.</summary>
    public static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text.Trim())
        {
            if (char.IsWhiteSpace(ch))
            {
                space = true;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(char.ToLowerInvariant(ch));
        }

        return result.ToString();
    }
}

/// <summary>Reads the current caller's <see cref="ClaimFilter"/> for services that take an <see cref="ICallerAccessor"/>.</summary>
public static class ClaimFilterExtensions
{
    public static async Task<ClaimFilter> FilterAsync(this ICallerAccessor callers, TrackerDbContext db, CancellationToken cancellationToken) =>
        await ClaimFilter.ForAsync(db, await callers.GetCallerAsync(), cancellationToken);
}
