using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Core.Features.Executive;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Executive;

public partial class ExecutivePage
{
    [Inject]
    private ExecutiveService Executive { get; set; } = default!;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Inject]
    private IStringLocalizer<FiguresResource> F { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SharedResource> T { get; set; } = default!;

    [Parameter]
    public string Slug { get; set; } = "";

    private static string Location(ExecutiveView view) =>
        string.Join(" · ", new[] { view.Campus.Commune, view.Campus.BusinessPark, view.Campus.Region, view.Campus.Country }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
