using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using Sesterce.Tracker.Web.Components.Drafts;
using Sesterce.Tracker.Web.Features.Admin.Claims;
using Sesterce.Tracker.Web.Features.Milestones;
using Sesterce.Tracker.Web.Tests.Features.Admin;

namespace Sesterce.Tracker.Web.Tests.Features.Milestones;

/// <summary>
/// Unsaved input survives a lost connection: the milestone date dialog writes what was typed to the
/// (here in-memory) session storage after a pause, offers it back when the same form reopens, and
/// forgets it on save, cancel or discard.
/// </summary>
public class MilestoneDraftTests : AdminFormTest
{
    private const string Phase1 = "Phase 1 commissioning";

    private IRenderedComponent<MudDialogProvider>? _dialogs;

    private IRenderedComponent<MudDialogProvider> Dialogs => _dialogs ??= Render<MudDialogProvider>();

    private FakeTimeProvider Clock => (FakeTimeProvider)Services.GetRequiredService<TimeProvider>();

    private async Task<string> KeyAsync() => $"milestone-date:{await MilestoneIdAsync(Phase1)}:{MilestoneDateAction.MoveDate}:";

    private async Task<IRenderedComponent<MilestonePage>> OpenMoveDateAsync()
    {
        _ = Popovers;
        _ = Dialogs;
        var id = await MilestoneIdAsync(Phase1);
        NavigateTo($"/campuses/alixan/milestones/{id}");
        var cut = Render<MilestonePage>(p => p.Add(c => c.Slug, "alixan").Add(c => c.Id, id));
        cut.WaitForAssertion(() => Assert.Equal(Phase1, cut.Find("h1").TextContent.Trim()));
        var button = cut.Find("[data-testid=move-date]");
        await cut.InvokeAsync(() => button.Click());
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=dialog-save]")));
        return cut;
    }

    private async Task SeedDraftAsync(string date, string quote)
    {
        var claim = new ClaimDraft("2026-11-20", Core.Domain.ClaimStatus.OfficialAnnouncement, [new CitationDraft(null, quote)], null, false, Core.Domain.Visibility.Public);
        var draft = new DateClaimDraft(date, false, null, claim);
        await Drafts.WriteAsync(await KeyAsync(), new FormDraft(Clock.GetUtcNow().AddMinutes(-5), JsonSerializer.Serialize(draft)));
    }

    private async Task ClickAsync(string testId)
    {
        var button = Dialogs.Find($"[data-testid={testId}]");
        await Dialogs.InvokeAsync(() => button.Click());
    }

    [Fact]
    public async Task TypedInputIsWrittenToSessionStorageOnceTheAdminPauses()
    {
        await OpenMoveDateAsync();
        var key = await KeyAsync();

        Type(Dialogs, "claim-date", "2027-03");
        Assert.False(Drafts.All.ContainsKey(key));
        Clock.Advance(DraftKeeper<DateClaimDraft>.Delay);

        Dialogs.WaitForAssertion(() => Assert.True(Drafts.All.ContainsKey(key)));
        var saved = JsonSerializer.Deserialize<DateClaimDraft>(Drafts.All[key].Json)!;
        Assert.Equal("2027-03", saved.Date);
    }

    [Fact]
    public async Task ReopeningTheFormOffersTheEarlierInputAndRestoreFillsTheFields()
    {
        await SeedDraftAsync("2027-06", "repoussée à juin");

        await OpenMoveDateAsync();

        Assert.Contains("Restore unsaved input from", Dialogs.Find("[data-testid=draft-offer]").TextContent, StringComparison.Ordinal);
        Assert.Equal("", Input(Dialogs, "claim-date").GetAttribute("value") ?? "");
        await ClickAsync("draft-restore");

        Dialogs.WaitForAssertion(() => Assert.Equal("2027-06", Input(Dialogs, "claim-date").GetAttribute("value")));
        Assert.Equal("repoussée à juin", Input(Dialogs, "claim-quote").GetAttribute("value"));
        Assert.Empty(Dialogs.FindAll("[data-testid=draft-offer]"));
    }

    [Fact]
    public async Task DiscardForgetsTheEarlierInputAndLeavesTheFormEmpty()
    {
        await SeedDraftAsync("2027-06", "repoussée à juin");
        await OpenMoveDateAsync();

        await ClickAsync("draft-discard");

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll("[data-testid=draft-offer]")));
        Assert.False(Drafts.All.ContainsKey(await KeyAsync()));
        Assert.Equal("", Input(Dialogs, "claim-date").GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task ASuccessfulSaveClearsTheDraft()
    {
        var cut = await OpenMoveDateAsync();
        var key = await KeyAsync();
        Type(Dialogs, "claim-date", "2027-03");
        Choose(Dialogs, "claim-source", SeedSource);
        Type(Dialogs, "claim-reported-on", "2026-11-20");
        TypeAt(Dialogs, "claim-quote", 0, "mise en service repoussée à mars 2027");
        Clock.Advance(DraftKeeper<DateClaimDraft>.Delay);
        Dialogs.WaitForAssertion(() => Assert.True(Drafts.All.ContainsKey(key)));

        await ClickAsync("dialog-save");

        cut.WaitForAssertion(() => Assert.Equal("Saved: Phase 1 commissioning — target Mar 2027", cut.Find("[data-testid=saved-message]").TextContent.Trim()));
        Assert.False(Drafts.All.ContainsKey(key));
    }

    [Fact]
    public async Task CancelClearsTheDraft()
    {
        await OpenMoveDateAsync();
        var key = await KeyAsync();
        Type(Dialogs, "claim-date", "2027-03");
        Clock.Advance(DraftKeeper<DateClaimDraft>.Delay);
        Dialogs.WaitForAssertion(() => Assert.True(Drafts.All.ContainsKey(key)));

        await ClickAsync("dialog-cancel");

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        Assert.False(Drafts.All.ContainsKey(key));
    }
}
