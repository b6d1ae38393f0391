using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Components.Shared;

/// <summary>What a read page's markup receives from <c>CampusView</c>: the view, and the as-of day its links carry.</summary>
public sealed record CampusViewContext<TView>(TView View, AsOf AsOf);
