using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Components.Layout;

namespace Sesterce.Tracker.Web.Tests.Components.Layout;

public class NavMenuTests : SeededComponentTest
{
    private async Task AddCustomFigureAsync()
    {
        var result = await Services.GetRequiredService<FigureAdminService>().CreateFigureAsync("alixan", new FigureInput("gpus", "GPUs installed", "GPUs"));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task ACustomFigureIsListedInTheFiguresGroupWithTheBuiltInOnes()
    {
        await AddCustomFigureAsync();
        NavigateTo("/campuses/alixan?asOf=2026-01-10");

        var cut = Render<NavMenu>();

        cut.WaitForAssertion(() =>
        {
            var link = cut.Find("[data-testid=nav-figure-gpus]");
            Assert.Contains("GPUs installed", link.TextContent, StringComparison.Ordinal);
            Assert.Equal("/campuses/alixan/figures/gpus?asOf=2026-01-10", link.GetAttribute("href"));
            Assert.NotEmpty(cut.FindAll("[data-testid=nav-figure-power]"));
            Assert.NotEmpty(cut.FindAll("[data-testid=nav-figure-investment]"));
        });
    }

    [Fact]
    public async Task AViewersMenuNeverNamesTheInvestment()
    {
        await AddCustomFigureAsync();
        Caller.Current = new Caller("viewer", "viewer@example.test", TrackerRoles.Viewer);

        var cut = Render<NavMenu>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=nav-figure-gpus]")));
        Assert.Empty(cut.FindAll("[data-testid=nav-figure-investment]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=nav-figure-jobs]"));
    }
}
