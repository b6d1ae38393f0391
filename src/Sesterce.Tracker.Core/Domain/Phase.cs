namespace Sesterce.Tracker.Core.Domain;

public sealed class Phase : IVersionedRecord
{
    public int Id { get; set; }

    public int CampusId { get; set; }

    public required string Name { get; set; }

    public int Order { get; set; }

    /// <summary>Cumulative capacity the campus reaches with this phase, when it has been stated.</summary>
    public decimal? TargetCapacityMw { get; set; }

    public DateOnly? TargetDateStart { get; set; }

    public DatePrecision? TargetDatePrecision { get; set; }

    /// <summary>When the phase itself became public; the phase is hidden in as-of views before that.</summary>
    public DateOnly AnnouncedOnStart { get; set; }

    public DatePrecision AnnouncedOnPrecision { get; set; }

    public DateOnly KnownFrom { get; set; }

    /// <summary>Optimistic concurrency: every update bumps it, and a save based on an older version is refused.</summary>
    public int Version { get; set; }

    public PartialDate? TargetDate
    {
        get => TargetDateStart is { } start && TargetDatePrecision is { } precision ? new PartialDate(start, precision) : null;
        set
        {
            TargetDateStart = value?.Start;
            TargetDatePrecision = value?.Precision;
        }
    }

    public PartialDate AnnouncedOn
    {
        get => new(AnnouncedOnStart, AnnouncedOnPrecision);
        set
        {
            AnnouncedOnStart = value.Start;
            AnnouncedOnPrecision = value.Precision;
            KnownFrom = value.End;
        }
    }
}
