using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Figures;

namespace Sesterce.Tracker.Web.Features.Admin;

/// <summary>What the revision form edits: a new revision of a figure, or the correction of one (<see cref="Corrects"/>).</summary>
public sealed class RevisionForm
{
    public int? Corrects { get; set; }

    public decimal? Value { get; set; }

    public decimal? Low { get; set; }

    public decimal? High { get; set; }

    public FigureQualifier Qualifier { get; set; }

    public ClaimStatus Status { get; set; }

    public string? AnnouncedOn { get; set; }

    public int? SourceId { get; set; }

    public string? Quote { get; set; }

    public string? Note { get; set; }

    /// <summary>Why a correction was needed; only corrections ask for it.</summary>
    public string? Reason { get; set; }

    public static RevisionForm New(string announcedOn, int? sourceId) => new() { AnnouncedOn = announcedOn, SourceId = sourceId };

    /// <summary>A correction starts from the values it corrects, announced today.</summary>
    public static RevisionForm Correcting(FigureRevisionView revision, string announcedOn) => new()
    {
        Corrects = revision.Id,
        Value = revision.Value.IsSingle ? revision.Value.Low : null,
        Low = revision.Value.IsSingle ? null : revision.Value.Low,
        High = revision.Value.IsSingle ? null : revision.Value.High,
        Qualifier = revision.Qualifier,
        Status = revision.Status,
        AnnouncedOn = announcedOn,
        SourceId = revision.Sources.Count > 0 ? revision.Sources[0].Source.Id : null,
        Quote = revision.Sources.Count > 0 ? revision.Sources[0].Quote : null,
        Note = revision.Note,
    };

    public RevisionInput ToInput() => new(Value, Low, High, Qualifier, new ClaimInput(AnnouncedOn, Status, SourceId is null ? [] : [new CitationInput(SourceId, Quote)], Note));
}
