using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Intake;

/// <summary>What a candidate states: an amount of money, a power, a count of something, or a milestone's date.</summary>
public enum CandidateKind
{
    Money = 0,
    Power = 1,
    Count = 2,
    Date = 3,
}

/// <summary>Why a phrase next to a candidate matters to the admin reviewing it.</summary>
public enum WordingKind
{
    /// <summary>"environ", "about", "plus de", "up to": the value's qualifier.</summary>
    Qualifier = 0,

    /// <summary>"initialement prévue", "had promised", "en février dernier": the sentence recalls an earlier claim.</summary>
    Recall = 1,

    /// <summary>"passe à", "raised to", "désormais": the value replaces an earlier one.</summary>
    Revision = 2,

    /// <summary>"pourrait être revu à la hausse", "could be revised upward": the value is expected to move.</summary>
    Outlook = 3,

    /// <summary>"reporté", "delayed", "pushed back": a date slips.</summary>
    Delay = 4,
}

/// <summary>A phrase the recogniser read, where it stands in the text.</summary>
public sealed record IntakeWording(WordingKind Kind, string Text, int Start);

/// <summary>A span of the pasted text: the quantity or date itself, or the sentence quoting it.</summary>
public sealed record TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public string Of(string text) => text.Substring(Start, Length);
}

/// <summary>
/// One claim the text seems to state, with the words that back it. Figures carry <see cref="Value"/>
/// and <see cref="Unit"/>; dates carry <see cref="Date"/> and the milestone words that place them.
/// Nothing here is recorded: the admin accepts, corrects or drops each candidate.
/// </summary>
public sealed record IntakeCandidate
{
    public required CandidateKind Kind { get; init; }

    /// <summary>In the unit's base: euros, not millions; MW, not GW.</summary>
    public decimal? Value { get; init; }

    /// <summary>"EUR", "USD", "GBP", "MW", or a count's unit such as "jobs", "GPUs", "servers".</summary>
    public string? Unit { get; init; }

    public PartialDate? Date { get; init; }

    /// <summary>For a date, the milestone kind its words suggest (commissioning, permit, …).</summary>
    public MilestoneKind? MilestoneKind { get; init; }

    /// <summary>For a date: the sentence says it was reached ("a été délivré", "was granted"), not targeted.</summary>
    public bool Reached { get; init; }

    public FigureQualifier Qualifier { get; init; }

    /// <summary>The sentence recalls an earlier claim ("initialement", "en février dernier") rather than stating a new one.</summary>
    public bool Recalled { get; init; }

    /// <summary>The earlier day the sentence (or the paragraph before it) places the recalled claim on, or the day of the announcement it reports.</summary>
    public PartialDate? StatedOn { get; init; }

    /// <summary>The words that read the value: "1,5 milliard d'euros", "décembre 2026".</summary>
    public required TextSpan Match { get; init; }

    /// <summary>The sentence stating the claim, kept verbatim as its quote.</summary>
    public required TextSpan QuoteSpan { get; init; }

    public required string Quote { get; init; }

    /// <summary>The milestone words ("mise en service", "permit") or the count's noun as written.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    public IReadOnlyList<IntakeWording> Wording { get; init; } = [];

    public bool ExpectedToRise => Qualifier == FigureQualifier.ExpectedToRise || Wording.Any(w => w.Kind == WordingKind.Outlook);
}
