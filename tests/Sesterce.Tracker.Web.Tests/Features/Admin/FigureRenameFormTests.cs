using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Features.Admin;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

/// <summary>The figures tab edits an existing figure's English and French names.</summary>
public class FigureRenameFormTests : AdminFormTest
{
    private FigureAdminService Figures => Services.GetRequiredService<FigureAdminService>();

    private async Task<FigureAdminRow> PowerAsync() => (await Figures.ListAsync("alixan"))!.Single(f => f.Key == "power");

    private IRenderedComponent<FiguresAdmin> RenderPower()
    {
        _ = Popovers;
        var cut = Render<FiguresAdmin>(p => p.Add(c => c.CampusSlug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-figure-key=power]")));
        cut.Find("[data-figure-key=power]").Click();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=figure-name-form]")));
        return cut;
    }

    [Fact]
    public async Task TheFormShowsTheNamesAndSavesNewOnesWithASavedLine()
    {
        var before = await PowerAsync();
        var cut = RenderPower();
        Assert.Equal(before.Name, Input(cut, "edit-figure-name").GetAttribute("value"));

        Type(cut, "edit-figure-name", "Grid connection");
        Type(cut, "edit-figure-name-fr", "Raccordement au réseau");
        await cut.InvokeAsync(() => cut.Find("[data-testid=save-figure-name]").Click());

        cut.WaitForAssertion(() => Assert.Contains($"{before.Name} renamed “Grid connection”", cut.Find("[data-testid=figure-name-form] [data-testid=write-saved]").TextContent, StringComparison.Ordinal));
        var after = await PowerAsync();
        Assert.Equal(("Grid connection", "Raccordement au réseau"), (after.Name, after.NameFr));
        Assert.Equal("Grid connection", Input(cut, "edit-figure-name").GetAttribute("value"));
    }

    [Fact]
    public async Task AnEmptyNameIsRefusedTheInputStaysAndNothingIsSaved()
    {
        var before = await PowerAsync();
        var cut = RenderPower();

        Type(cut, "edit-figure-name", "");
        Type(cut, "edit-figure-name-fr", "Puissance raccordée");
        await cut.InvokeAsync(() => cut.Find("[data-testid=save-figure-name]").Click());

        cut.WaitForAssertion(() => Assert.Contains("Nothing was saved", cut.Find("[data-testid=figure-name-form] [data-testid=write-errors]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Puissance raccordée", Input(cut, "edit-figure-name-fr").GetAttribute("value"));
        Assert.Equal(before, await PowerAsync());
    }
}
