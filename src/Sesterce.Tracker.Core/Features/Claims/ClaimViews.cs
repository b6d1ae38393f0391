using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Sources;

namespace Sesterce.Tracker.Core.Features.Claims;

/// <summary>One source of a claim and the words it states the claim in.</summary>
public sealed record CitationView(SourceRef Source, string? Quote)
{
    /// <summary>Stands in for the sources of a visible claim when every one of them is hidden from the caller: no title, no quote, no link.</summary>
    public static CitationView RestrictedSource { get; } = new(new SourceRef(0, "", null, null, null, ""), null) { SourceRestricted = true };

    /// <summary>The claim's sources are hidden from the caller; <see cref="Source"/> says nothing.</summary>
    public bool SourceRestricted { get; init; }

    /// <summary>The quote repeats a claim hidden from the caller, so it is withheld (<see cref="Quote"/> is null).</summary>
    public bool QuoteRestricted { get; init; }

    /// <summary>
    /// True when the source was published after <paramref name="asOf"/>: the claim was known then
    /// (it recalls an earlier announcement), but this document was not, so views label it "published later".
    /// </summary>
    public bool PublishedAfter(DateOnly asOf) => Source.PublishedOn is { } published && published.Start > asOf;
}

/// <summary>What every claim view has: the rules of <see cref="ClaimRules"/> work on these alone.</summary>
public interface IClaimView
{
    int Id { get; }

    /// <summary>The day the claim became known, at its precision ("reported on").</summary>
    PartialDate AnnouncedOn { get; }

    DateOnly KnownFrom { get; }

    ClaimStatus Status { get; }

    int? CorrectsRevisionId { get; }

    /// <summary>The later claim that corrects this one, when that correction is known on the view's date.</summary>
    int? CorrectedByRevisionId { get; }

    IReadOnlyList<CitationView> Sources { get; }
}
