using Microsoft.EntityFrameworkCore;
using MudBlazor;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Features.Figures;
using Sesterce.Tracker.Web.Tests.Features.Admin;

namespace Sesterce.Tracker.Web.Tests.Features.Figures;

/// <summary>The figure page's "Add revision" and "Correct" dialogs against the real services on the seeded store.</summary>
public class FigureEditDialogTests : AdminFormTest
{
    private IRenderedComponent<MudDialogProvider>? _dialogs;

    private IRenderedComponent<MudDialogProvider> Dialogs => _dialogs ??= Render<MudDialogProvider>();

    private IRenderedComponent<FigurePage> RenderPage(string key = "power")
    {
        _ = Popovers;
        _ = Dialogs;
        NavigateTo($"/campuses/alixan/figures/{key}");
        var cut = Render<FigurePage>(p => p.Add(c => c.Slug, "alixan").Add(c => c.Key, key));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=headline-value]")));
        return cut;
    }

    private async Task OpenAsync(IRenderedComponent<FigurePage> cut, string action)
    {
        var button = cut.Find($"[data-testid={action}]");
        await cut.InvokeAsync(() => button.Click());
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=dialog-save]")));
    }

    private async Task SaveAsync()
    {
        var save = Dialogs.Find("[data-testid=dialog-save]");
        await Dialogs.InvokeAsync(() => save.Click());
    }

    private Task<int> RevisionCountAsync() =>
        QueryAsync(db => db.FigureRevisions.CountAsync(r => db.Figures.Any(f => f.Id == r.FigureId && f.Key == "power")));

    [Fact]
    public async Task AddRevisionOpensADialogWithTheValueScopeAndClaimFields()
    {
        var cut = RenderPage();

        await OpenAsync(cut, "add-revision");

        Assert.Contains("Add a revision to", Dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal);
        Assert.NotNull(Input(Dialogs, "field-value"));
        Assert.NotNull(Input(Dialogs, "claim-reported-on"));
        Assert.NotEmpty(Dialogs.FindAll("[data-testid=claim-new-source]"));
        Assert.Empty(Dialogs.FindAll("[data-testid=field-reason]"));
    }

    [Fact]
    public async Task AddRevisionWithoutAValueIsRefusedAndChangesNothing()
    {
        var cut = RenderPage();
        var before = await RevisionCountAsync();
        await OpenAsync(cut, "add-revision");

        Choose(Dialogs, "claim-source", SeedSource);
        Type(Dialogs, "claim-reported-on", "2026-11-20");
        await SaveAsync();

        Dialogs.WaitForAssertion(() => Assert.Contains("give either a value or both ends of a range.", Dialogs.Find("[data-testid=write-errors]").TextContent, StringComparison.Ordinal));
        Assert.Equal(before, await RevisionCountAsync());
        Assert.Empty(cut.FindAll("[data-testid=saved-message]"));
    }

    [Fact]
    public async Task AddRevisionSavesAndThePageShowsTheNewHeadline()
    {
        var cut = RenderPage();
        var before = await RevisionCountAsync();
        await OpenAsync(cut, "add-revision");

        Type(Dialogs, "field-value", "120");
        Choose(Dialogs, "claim-source", SeedSource);
        Type(Dialogs, "claim-reported-on", "2026-11-20");
        TypeAt(Dialogs, "claim-quote", 0, "120 MW à terme");
        await SaveAsync();

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        cut.WaitForAssertion(() => Assert.Contains("— 120 MW", cut.Find("[data-testid=saved-message]").TextContent, StringComparison.Ordinal));
        Assert.StartsWith("Saved: ", cut.Find("[data-testid=saved-message]").TextContent.Trim(), StringComparison.Ordinal);
        cut.WaitForAssertion(() => Assert.Equal("120 MW", cut.Find("[data-testid=headline-value]").TextContent.Trim()));
        Assert.Equal(before + 1, await RevisionCountAsync());
    }

    [Fact]
    public async Task CorrectOnALedgerRowStartsFromTheRevisionAndNeedsAReason()
    {
        var cut = RenderPage();
        var before = await RevisionCountAsync();
        var correct = cut.Find("[data-testid=correct-revision]");
        await cut.InvokeAsync(() => correct.Click());
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=field-reason]")));

        await SaveAsync();

        Dialogs.WaitForAssertion(() => Assert.Contains("Reason: is required.", Dialogs.Find("[data-testid=write-errors]").TextContent, StringComparison.Ordinal));
        Assert.Equal(before, await RevisionCountAsync());
        Type(Dialogs, "field-reason", "The article says so.");
        await SaveAsync();
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        cut.WaitForAssertion(() => Assert.Contains("(correction)", cut.Find("[data-testid=saved-message]").TextContent, StringComparison.Ordinal));
        Assert.Equal(before + 1, await RevisionCountAsync());
    }

    [Fact]
    public async Task TheAddRevisionDialogReadsAmountsInTheHeadlinesScaleAndPreviewsThem()
    {
        var cut = RenderPage("investment");
        await OpenAsync(cut, "add-revision");

        Assert.Contains("€B", Shown(Dialogs, "field-value-scale"), StringComparison.Ordinal);
        Input(Dialogs, "field-value-input").Change("1.7");

        Dialogs.WaitForAssertion(() => Assert.Equal("= €1.7B", Dialogs.Find("[data-testid=field-value-preview]").TextContent));
    }

    [Fact]
    public async Task TheAddRevisionDialogAsksBeforeSavingAValueTenTimesAwayFromTheHeadline()
    {
        var cut = RenderPage("investment");
        var before = await QueryAsync(db => db.FigureRevisions.CountAsync(r => db.Figures.Any(f => f.Id == r.FigureId && f.Key == "investment")));
        await OpenAsync(cut, "add-revision");
        Choose(Dialogs, "field-value-scale", "€");
        Input(Dialogs, "field-value-input").Change("1.7");
        Choose(Dialogs, "claim-source", SeedSource);
        Type(Dialogs, "claim-reported-on", "2026-11-20");

        await SaveAsync();

        Dialogs.WaitForAssertion(() => Assert.Contains("more than ten times smaller than the current headline", Dialogs.Find("[data-testid=confirm-tenfold]").TextContent, StringComparison.Ordinal));
        Assert.Equal(before, await QueryAsync(db => db.FigureRevisions.CountAsync(r => db.Figures.Any(f => f.Id == r.FigureId && f.Key == "investment"))));
        Assert.Empty(cut.FindAll("[data-testid=saved-message]"));
    }

    [Fact]
    public async Task TheCorrectionDialogNamesTheRevisionByItsDayAndValueNotItsId()
    {
        var cut = RenderPage();
        var correct = cut.Find("[data-testid=correct-revision]");
        await cut.InvokeAsync(() => correct.Click());
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=field-reason]")));

        var title = Dialogs.Find(".mud-dialog-title").TextContent;
        Assert.DoesNotContain("#", title, StringComparison.Ordinal);
        Assert.Matches(@"\d{4} · .*MW", title);
    }

    [Fact]
    public void AReaderWhoMayNotWriteSeesNoEditAction()
    {
        Authorization.SetRoles(TrackerRoles.Viewer);
        Authorization.SetPolicies(nameof(TrackerPermission.ReadOverview), nameof(TrackerPermission.ReadTimeline));

        var cut = RenderPage();

        Assert.NotEmpty(cut.FindAll("[data-testid=ledger] tbody tr"));
        Assert.Empty(cut.FindAll("[data-testid=add-revision], [data-testid=correct-revision]"));
    }

    [Fact]
    public void APastViewOffersNoEditAction()
    {
        _ = Dialogs;
        NavigateTo("/campuses/alixan/figures/power?asOf=2026-01-01");
        var cut = Render<FigurePage>(p => p.Add(c => c.Slug, "alixan").Add(c => c.Key, "power"));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=ledger] tbody tr")));
        Assert.Empty(cut.FindAll("[data-testid=add-revision], [data-testid=correct-revision]"));
    }
}
