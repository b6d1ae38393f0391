using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Features.Admin;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

public class FiguresAdminTests : SeededComponentTest
{
    private FigureAdminService Figures => Services.GetRequiredService<FigureAdminService>();

    private IRenderedComponent<FiguresAdmin> RenderPower()
    {
        Render<MudBlazor.MudPopoverProvider>();
        var cut = Render<FiguresAdmin>(p => p.Add(c => c.CampusSlug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-figure-key=power]")));
        cut.Find("[data-figure-key=power]").Click();
        cut.WaitForAssertion(() => Assert.Contains("Power", cut.Find("[data-testid=revision-form]").TextContent, StringComparison.Ordinal));
        return cut;
    }

    private async Task<int> PowerRevisionCountAsync() => (await Figures.ListAsync("alixan"))!.Single(f => f.Key == "power").RevisionCount;

    [Fact]
    public async Task RendersTheFiguresAndTheLedgerOfTheChosenOne()
    {
        var cut = RenderPower();

        Assert.Equal((await Figures.ListAsync("alixan"))!.Count, cut.FindAll("[data-figure-key]").Count);
        Assert.Equal(await PowerRevisionCountAsync(), cut.FindAll("[data-testid=revision-admin-table] tbody tr").Count);
    }

    [Fact]
    public async Task AValidRevisionIsSavedAndJoinsTheLedger()
    {
        var cut = RenderPower();
        var before = await PowerRevisionCountAsync();

        Type(cut, "field-value", "120");
        cut.Find("[data-testid=save-revision]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        Assert.Equal(before + 1, await PowerRevisionCountAsync());
        var ledger = (await Services.GetRequiredService<FigureService>().GetLedgerAsync("alixan", "power")).View!;
        Assert.Contains(ledger!.Revisions, r => r.Value.Low == 120 && r.Value.IsSingle);
    }

    [Fact]
    public async Task ARevisionWithoutAValueIsExplainedAndNothingIsSaved()
    {
        var cut = RenderPower();
        var before = await PowerRevisionCountAsync();

        cut.Find("[data-testid=save-revision]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-errors]")));
        Assert.Contains("Value: give either a value or both ends of a range.", cut.Find("[data-testid=write-errors]").TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await PowerRevisionCountAsync());
    }

    [Fact]
    public async Task AReferenceChosenFromAStaleVersionShowsTheOtherAdminsChoice()
    {
        var cut = RenderPower();

        var row = (await Figures.ListAsync("alixan"))!.Single(f => f.Key == "power");
        var ledger = (await Services.GetRequiredService<FigureService>().GetLedgerAsync("alixan", "power")).View!;
        var bobs = ledger.Revisions.First(r => r.CorrectedByRevisionId is null).Id;
        Caller.Current = new("user-bob", "bob@example.test", "Admin");
        Assert.True((await Services.GetRequiredService<FigureReferenceService>().SetReferenceAsync("alixan", "power", bobs, "Bob's pick", row.Version)).Succeeded);
        Caller.Current = new("user-alice", "alice@example.test", "Admin");

        cut.FindAll("[data-testid=make-reference]")[^1].Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-conflict]")));
        Assert.Contains("bob@example.test", cut.Find("[data-testid=write-conflict]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Bob's pick", cut.Find("[data-testid=write-conflict]").TextContent, StringComparison.Ordinal);
        Assert.Equal(bobs, (await Services.GetRequiredService<FigureService>().GetLedgerAsync("alixan", "power")).View!.ReferenceRevisionId);
    }
}
