using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Features.Admin;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

public class FiguresAdminTests : AdminFormTest
{
    private FigureAdminService Figures => Services.GetRequiredService<FigureAdminService>();

    private IRenderedComponent<FiguresAdmin> RenderPower()
    {
        _ = Popovers;
        var cut = Render<FiguresAdmin>(p => p.Add(c => c.CampusSlug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-figure-key=power]")));
        cut.Find("[data-figure-key=power]").Click();
        cut.WaitForAssertion(() => Assert.Contains("Power", cut.Find("[data-testid=revision-form]").TextContent, StringComparison.Ordinal));
        return cut;
    }

    private async Task<int> PowerRevisionCountAsync() => (await Figures.ListAsync("alixan"))!.Single(f => f.Key == "power").RevisionCount;

    private async Task<FigureLedger> PowerLedgerAsync() => (await Services.GetRequiredService<FigureService>().GetLedgerAsync("alixan", "power")).View!;

    [Fact]
    public async Task RendersTheFiguresAndTheLedgerOfTheChosenOne()
    {
        var cut = RenderPower();

        Assert.Equal((await Figures.ListAsync("alixan"))!.Count, cut.FindAll("[data-figure-key]").Count);
        Assert.Equal(await PowerRevisionCountAsync(), cut.FindAll("[data-testid=revision-admin-table] tbody tr").Count);
        Assert.Contains(SeedSource, cut.Find("[data-testid=revision-admin-table] tbody").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewRevisionStartsWithNoSourceChosenAndNoReportedOnDay()
    {
        var cut = RenderPower();

        Assert.Equal("", Shown(cut, "claim-source"));
        Assert.Equal("", Input(cut, "claim-reported-on").GetAttribute("value") ?? "");
        Assert.Single(cut.FindAll("[data-testid=claim-source-row]"));
        Assert.Equal("no source chosen yet", cut.Find("[data-testid=claim-source-count]").TextContent);
        Assert.Contains("2026-12-15, 2026-12, 2026-Q4, 2026-H2 or 2026", cut.Find("[data-testid=claim-editor]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ChoosingTheFirstSourceFillsAnEmptyReportedOnWithItsPublicationDate()
    {
        var cut = RenderPower();

        Choose(cut, "claim-source", SeedSource);

        cut.WaitForAssertion(() => Assert.Equal("2025-11-24", Input(cut, "claim-reported-on").GetAttribute("value")));
        Assert.Contains(SeedSource, Shown(cut, "claim-source"), StringComparison.Ordinal);
        Assert.Equal("1 source", cut.Find("[data-testid=claim-source-count]").TextContent);
    }

    [Fact]
    public async Task ASourcePublishedInAMonthGivesTheMonthAndATypedDayIsKept()
    {
        await AddSourceAsync("Le projet grandit", "2025-07");
        var cut = RenderPower();

        Choose(cut, "claim-source", "Le projet grandit");
        cut.WaitForAssertion(() => Assert.Equal("2025-07", Input(cut, "claim-reported-on").GetAttribute("value")));

        Type(cut, "claim-reported-on", "2025-12-02");
        cut.Find("[data-testid=claim-add-source]").Click();
        Choose(cut, "claim-source", SeedSource, index: 1);
        cut.WaitForAssertion(() => Assert.Equal("2 sources", cut.Find("[data-testid=claim-source-count]").TextContent));
        Assert.Equal("2025-12-02", Input(cut, "claim-reported-on").GetAttribute("value"));
    }

    [Fact]
    public async Task AReportedOnBeforeTheSourcesPublicationAsksForConfirmationAndTheRefusalShowsOnIt()
    {
        var cut = RenderPower();
        var before = await PowerRevisionCountAsync();
        Type(cut, "field-value", "40");
        Type(cut, "claim-reported-on", "2025-02");
        Assert.Empty(cut.FindAll("[data-testid=claim-recalls]"));

        Choose(cut, "claim-source", SeedSource);
        cut.WaitForAssertion(() => Assert.Contains("This source recalls an earlier announcement", cut.Find("[data-testid=claim-recalls-box]").TextContent, StringComparison.Ordinal));
        Assert.Equal("2025-02", Input(cut, "claim-reported-on").GetAttribute("value"));
        cut.Find("[data-testid=save-revision]").Click();

        cut.WaitForAssertion(() => Assert.Contains("published on 2025-11-24", cut.Find("[data-testid=claim-recalls-error]").TextContent, StringComparison.Ordinal));
        Assert.Equal(before, await PowerRevisionCountAsync());

        Tick(cut, "claim-recalls");
        cut.Find("[data-testid=save-revision]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        Assert.Contains((await PowerLedgerAsync()).Revisions, r => r.Value.Low == 40 && r.AnnouncedOn.ToString() == "2025-02");
    }

    [Fact]
    public async Task TwoSourcesWithTheirOwnQuotesAreSavedOnOneRevision()
    {
        await AddSourceAsync("Alixan : le chantier confirmé", "2025-12-01");
        var cut = RenderPower();

        Type(cut, "field-value", "80");
        Choose(cut, "claim-source", SeedSource);
        TypeAt(cut, "claim-quote", 0, "passe ainsi à 80 MW");
        cut.Find("[data-testid=claim-add-source]").Click();
        Choose(cut, "claim-source", "Alixan : le chantier confirmé", index: 1);
        TypeAt(cut, "claim-quote", 1, "les 80 MW sont confirmés");
        Type(cut, "claim-reported-on", "2025-12-01");
        cut.Find("[data-testid=save-revision]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        var saved = (await PowerLedgerAsync()).Revisions.Single(r => r.AnnouncedOn.ToString() == "2025-12-01");
        Assert.Equal(
            [(SeedSource, "passe ainsi à 80 MW"), ("Alixan : le chantier confirmé", "les 80 MW sont confirmés")],
            saved.Sources.Select(c => (c.Source.Title, c.Quote)));
        var row = cut.Find($"[data-revision-row='{saved.Id}']").TextContent;
        Assert.Contains("Alixan : le chantier confirmé", row, StringComparison.Ordinal);
        Assert.Contains("les 80 MW sont confirmés", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARevisionWithoutValueOrSourceIsExplainedOnItsFieldsAndNothingIsSaved()
    {
        var cut = RenderPower();
        var before = await PowerRevisionCountAsync();

        cut.Find("[data-testid=save-revision]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-errors]")));
        var errors = cut.Find("[data-testid=write-errors]").TextContent;
        Assert.Contains("Value: give either a value or both ends of a range.", errors, StringComparison.Ordinal);
        Assert.Contains("Source 1: is required.", errors, StringComparison.Ordinal);
        Assert.Contains("Reported on: is required.", errors, StringComparison.Ordinal);
        Assert.Contains("is required.", cut.Find("[data-testid=claim-source-row]").TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await PowerRevisionCountAsync());
    }

    [Fact]
    public async Task ACorrectionStartsFromTheCorrectedRevisionsDaySourcesAndQuoteAndNeedsAReason()
    {
        var cut = RenderPower();
        var corrected = (await PowerLedgerAsync()).Revisions.First(r => r.CorrectedByRevisionId is null);
        var quote = corrected.Sources[0].Quote!;

        cut.Find($"[data-revision-row='{corrected.Id}'] [data-testid=correct-revision]").Click();

        cut.WaitForAssertion(() => Assert.Contains(SeedSource, Shown(cut, "claim-source"), StringComparison.Ordinal));
        Assert.Equal(quote, Input(cut, "claim-quote").TextContent.Length > 0 ? Input(cut, "claim-quote").TextContent : Input(cut, "claim-quote").GetAttribute("value"));
        Assert.Equal(corrected.AnnouncedOn.ToString(), Input(cut, "claim-reported-on").GetAttribute("value"));

        Type(cut, "field-value", "81");
        cut.Find("[data-testid=save-revision]").Click();
        cut.WaitForAssertion(() => Assert.Contains("Reason: is required.", cut.Find("[data-testid=write-errors]").TextContent, StringComparison.Ordinal));

        Type(cut, "field-reason", "Typed 80 instead of 81.");
        cut.Find("[data-testid=save-revision]").Click();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-saved]")));
        var correction = (await PowerLedgerAsync()).Revisions.Single(r => r.CorrectsRevisionId == corrected.Id);
        Assert.Equal((81m, quote), (correction.Value.Low, correction.Sources.Single().Quote));
        Assert.Equal(1, await QueryAsync(db => db.Citations.CountAsync(c => c.FigureRevisionId == correction.Id)));
    }

    [Fact]
    public async Task AReferenceChosenFromAStaleVersionShowsTheOtherAdminsChoice()
    {
        var cut = RenderPower();

        var row = (await Figures.ListAsync("alixan"))!.Single(f => f.Key == "power");
        var ledger = await PowerLedgerAsync();
        var bobs = ledger.Revisions.First(r => r.CorrectedByRevisionId is null).Id;
        Caller.Current = new("user-bob", "bob@example.test", "Admin");
        Assert.True((await Services.GetRequiredService<FigureReferenceService>().SetReferenceAsync("alixan", "power", bobs, "Bob's pick", row.Version)).Succeeded);
        Caller.Current = new("user-alice", "alice@example.test", "Admin");

        cut.FindAll("[data-testid=make-reference]")[^1].Click();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=write-conflict]")));
        Assert.Contains("bob@example.test", cut.Find("[data-testid=write-conflict]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Bob's pick", cut.Find("[data-testid=write-conflict]").TextContent, StringComparison.Ordinal);
        Assert.Equal(bobs, (await PowerLedgerAsync()).ReferenceRevisionId);
    }
}
