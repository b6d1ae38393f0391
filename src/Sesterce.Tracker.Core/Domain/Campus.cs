namespace Sesterce.Tracker.Core.Domain;

public sealed class Campus : IVersionedRecord
{
    public int Id { get; set; }

    /// <summary>Stable, URL-safe key such as "alixan".</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public required string Operator { get; set; }

    public required string Commune { get; set; }

    public string? BusinessPark { get; set; }

    public string? BusinessParkFr { get; set; }

    public required string Region { get; set; }

    public required string Country { get; set; }

    public List<string> Purposes { get; set; } = [];

    public string Description { get; set; } = "";

    /// <summary>The description in French; null or empty shows <see cref="Description"/> to French readers too.</summary>
    public string? DescriptionFr { get; set; }

    /// <summary>The purposes in French, in the same order; a missing or empty entry falls back to the English one.</summary>
    public List<string> PurposesFr { get; set; } = [];

    public List<CampusPerson> People { get; set; } = [];

    public List<Phase> Phases { get; set; } = [];

    public List<Milestone> Milestones { get; set; } = [];

    public List<Figure> Figures { get; set; } = [];

    /// <summary>Optimistic concurrency: every update bumps it, and a save based on an older version is refused.</summary>
    public int Version { get; set; }
}

public sealed class CampusPerson : IAuditedRecord
{
    public int Id { get; set; }

    public int CampusId { get; set; }

    public required string Name { get; set; }

    public required string Role { get; set; }

    public string? RoleFr { get; set; }

    public int Order { get; set; }
}
