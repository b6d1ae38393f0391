using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Features.Admin;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

public class CampusDetailsAdminTests : SeededComponentTest
{
    private CampusAdminService Campuses => Services.GetRequiredService<CampusAdminService>();

    private IRenderedComponent<CampusDetailsAdmin> RenderAdmin()
    {
        var cut = Render<CampusDetailsAdmin>(p => p.Add(c => c.CampusSlug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=campus-form]")));
        return cut;
    }

    private Task<int> PhaseCountAsync() => QueryAsync(db => db.Phases.CountAsync());

    [Fact]
    public async Task RendersTheCampusDetailsAndItsPhases()
    {
        var cut = RenderAdmin();
        var edit = (await Campuses.GetForEditAsync("alixan"))!;

        Assert.Equal(edit.Values.Name, cut.Find("input[data-testid=field-name], [data-testid=field-name] input").GetAttribute("value"));
        Assert.Equal((await Campuses.PhasesAsync("alixan")).Count, cut.FindAll("[data-testid=edit-phase]").Count);
    }

    [Fact]
    public async Task AValidDescriptionIsSaved()
    {
        var cut = RenderAdmin();

        Type(cut, "field-description", "A sovereign AI compute campus by the TGV station.");
        cut.Find("[data-testid=save-campus]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        Assert.Equal("A sovereign AI compute campus by the TGV station.", (await Campuses.GetForEditAsync("alixan"))!.Values.Description);
    }

    [Fact]
    public async Task APhaseWithAnUnreadableTargetDateIsExplainedAndNothingIsSaved()
    {
        var cut = RenderAdmin();
        var before = await PhaseCountAsync();

        Type(cut, "field-phase-name", "Extension");
        Type(cut, "field-phase-target", "sometime");
        cut.Find("[data-testid=save-phase]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-errors]")));
        Assert.Contains("Target date: 'sometime' is not a date", cut.Find("[data-testid=write-errors]").TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await PhaseCountAsync());
    }

    [Fact]
    public async Task AnEditOfDetailsSomeoneElseChangedShowsTheirChange()
    {
        var cut = RenderAdmin();

        var edit = (await Campuses.GetForEditAsync("alixan"))!;
        Caller.Current = new("user-bob", "bob@example.test", "Admin");
        Assert.True((await Campuses.UpdateAsync("alixan", edit.Values with { Operator = "Sesterce Group" }, edit.Version)).Succeeded);
        Caller.Current = new("user-alice", "alice@example.test", "Admin");

        Type(cut, "field-description", "Alice's description.");
        cut.Find("[data-testid=save-campus]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-conflict]")));
        var conflict = cut.Find("[data-testid=write-conflict]").TextContent;
        Assert.Contains("bob@example.test", conflict, StringComparison.Ordinal);
        Assert.Contains($"{edit.Values.Operator} → Sesterce Group", conflict, StringComparison.Ordinal);
        Assert.NotEqual("Alice's description.", (await Campuses.GetForEditAsync("alixan"))!.Values.Description);
    }
}
