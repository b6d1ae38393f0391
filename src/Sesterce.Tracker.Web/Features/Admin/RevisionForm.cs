using System.Globalization;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Features.Admin.Claims;

namespace Sesterce.Tracker.Web.Features.Admin;

/// <summary>What the revision form edits: a new revision of a figure, or the correction of one (<see cref="Corrects"/>).</summary>
public sealed class RevisionForm
{
    public int? Corrects { get; init; }

    /// <summary>The value field as typed, with its scale; <see cref="Value"/> is its amount in base units.</summary>
    public AmountEntry ValueEntry { get; } = new();

    public AmountEntry LowEntry { get; } = new();

    public AmountEntry HighEntry { get; } = new();

    public decimal? Value { get => ValueEntry.Amount; set => ValueEntry.SetAmount(value, CultureInfo.CurrentCulture); }

    public decimal? Low { get => LowEntry.Amount; set => LowEntry.SetAmount(value, CultureInfo.CurrentCulture); }

    public decimal? High { get => HighEntry.Amount; set => HighEntry.SetAmount(value, CultureInfo.CurrentCulture); }

    /// <summary>The amounts typed, in base units: what a ten-times check compares with the headline.</summary>
    public IEnumerable<decimal> Amounts => new[] { Value, Low, High }.OfType<decimal>();

    /// <summary>
    /// What the form refuses before asking the service: text that is not a number, or a number too
    /// large to store. The service would see an empty field and answer "give a value", which is wrong.
    /// </summary>
    public IEnumerable<ValidationError> NumberProblems()
    {
        foreach (var (field, entry) in new[] { ("Value", ValueEntry), ("Low", LowEntry), ("High", HighEntry) })
        {
            switch (entry.Problem)
            {
                case AmountProblem.NotANumber:
                    yield return new ValidationError(field, "NotANumber", entry.Text?.Trim() ?? "");
                    break;
                case AmountProblem.TooLarge:
                    yield return new ValidationError(field, "NumberTooLarge");
                    break;
            }
        }
    }

    /// <summary>Tells the three fields their figure's unit; <paramref name="headline"/> gives the scale while they are empty.</summary>
    public void UseUnit(string? unit, decimal? headline)
    {
        foreach (var entry in new[] { ValueEntry, LowEntry, HighEntry })
        {
            entry.UseUnit(unit, headline, CultureInfo.CurrentCulture);
        }
    }

    public FigureQualifier Qualifier { get; set; }

    /// <summary>What part of the campus the value speaks of; the whole campus unless the admin says otherwise.</summary>
    public ClaimScopeKind ScopeKind { get; set; }

    /// <summary>The phase, for a phase scope.</summary>
    public int? ScopePhaseId { get; set; }

    /// <summary>The building or other part, in the admin's words.</summary>
    public string? ScopeLabel { get; set; }

    /// <summary>Reported on, status, sources with their words, note.</summary>
    public ClaimForm Claim { get; init; } = new();

    /// <summary>Why a correction was needed; only corrections ask for it.</summary>
    public string? Reason { get; set; }

    /// <summary>A new revision starts empty (no day, no source, until the admin gives them) at the figure's default level.</summary>
    public static RevisionForm New(Visibility level = Visibility.Public) => new() { Claim = new ClaimForm { Visibility = level } };

    /// <summary>A correction starts from the revision it corrects: its value, day, status, sources with their words, note and level.</summary>
    public static RevisionForm Correcting(FigureRevisionView revision, Visibility level = Visibility.Public)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return new()
        {
            Corrects = revision.Id,
            Value = revision.Value.IsSingle ? FormNumbers.Plain(revision.Value.Low) : null,
            Low = revision.Value.IsSingle ? null : FormNumbers.Plain(revision.Value.Low),
            High = revision.Value.IsSingle ? null : FormNumbers.Plain(revision.Value.High),
            Qualifier = revision.Qualifier,
            ScopeKind = revision.Part.Kind,
            ScopePhaseId = revision.Part.PhaseId,
            ScopeLabel = revision.Part.Kind is ClaimScopeKind.Building or ClaimScopeKind.Other ? revision.Part.Label : null,
            Claim = ClaimForm.Copy(revision, revision.Note, level),
        };
    }

    public RevisionInput ToInput(IReadOnlyList<SourceAdminRow> catalogue) =>
        new(Value, Low, High, Qualifier, Claim.ToInput(catalogue), new ScopeInput(ScopeKind, ScopePhaseId, ScopeLabel));
}
