using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;

namespace Sesterce.Tracker.Web.Features.Admin;

/// <summary>What the new-figure form edits.</summary>
public sealed class FigureForm
{
    public string? Key { get; set; }

    public string? Name { get; set; }

    public string? NameFr { get; set; }

    public string? Unit { get; set; }

    /// <summary>The level new claims start at; null lets the service decide from the unit (Internal for money).</summary>
    public Visibility? DefaultVisibility { get; set; }

    public FigureInput ToInput() => new(Key, Name, Unit, DefaultVisibility, NameFr);
}
