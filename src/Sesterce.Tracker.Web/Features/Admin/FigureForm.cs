using Sesterce.Tracker.Core.Features.Admin;

namespace Sesterce.Tracker.Web.Features.Admin;

/// <summary>What the new-figure form edits.</summary>
public sealed class FigureForm
{
    public string? Key { get; set; }

    public string? Name { get; set; }

    public string? Unit { get; set; }

    public FigureInput ToInput() => new(Key, Name, Unit);
}
