using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Risks;
using Sesterce.Tracker.Core.Identity;
using Sesterce.Tracker.Web.Features.Risks;
using Sesterce.Tracker.Web.Tests.Features.Admin;
using static Sesterce.Tracker.Web.Tests.RiskFixtures;

namespace Sesterce.Tracker.Web.Tests.Features.Risks;

/// <summary>
/// The register's "Edit" dialog for a risk's own fields, against the real risk service on the seeded
/// store, and the register's dialogs opened by their address (<c>?dialog=edit&amp;risk=12</c>).
/// </summary>
public class RiskEditDialogTests : AdminFormTest
{
    private int _risk;

    private IRenderedComponent<MudDialogProvider>? _dialogs;

    private IRenderedComponent<MudDialogProvider> Dialogs => _dialogs ??= Render<MudDialogProvider>();

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private string RiskText => _risk.ToString(CultureInfo.InvariantCulture);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _risk = await AddRiskAsync(Services, "Local opposition", [Claim(RiskState.Open, RiskLevel.Low, RiskLevel.Medium, PartialDate.OnDay(2026, 3, 10))], RiskCategory.Community);
    }

    private IRenderedComponent<RisksPage> RenderPage(string query = "")
    {
        _ = Popovers;
        _ = Dialogs;
        NavigateTo($"/campuses/alixan/risks{query}");
        var cut = Render<RisksPage>(p => p.Add(c => c.Slug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=risk-entry]")));
        return cut;
    }

    private async Task OpenEditAsync(IRenderedComponent<RisksPage> cut)
    {
        var edit = cut.Find($"[data-risk='{_risk}'] [data-testid=edit-risk]");
        await cut.InvokeAsync(() => edit.Click());
        Dialogs.WaitForAssertion(() => Assert.NotEmpty(Dialogs.FindAll("[data-testid=risk-edit-dialog] [data-testid=field-title]")));
    }

    private async Task SaveAsync()
    {
        var save = Dialogs.Find("[data-testid=dialog-save]");
        await Dialogs.InvokeAsync(() => save.Click());
    }

    private Task<Risk> StoredAsync() => QueryAsync(db => db.Risks.AsNoTracking().SingleAsync(r => r.Id == _risk));

    private Task<int> AuditCountAsync() => QueryAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "Risk" && e.EntityId == RiskText));

    [Fact]
    public async Task EditOpensWithTheRisksOwnFieldsAndSavesThemWithAnAuditEntry()
    {
        var cut = RenderPage();
        var audited = await AuditCountAsync();
        await OpenEditAsync(cut);
        Assert.Contains("Edit: Local opposition", Dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal);
        Assert.Equal("Local opposition", Input(Dialogs, "field-title").GetAttribute("value"));

        Type(Dialogs, "field-title", "Local opposition to the substation");
        Type(Dialogs, "field-owner", "Mairie d'Alixan");
        await SaveAsync();

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        cut.WaitForAssertion(() => Assert.Equal("Saved: Local opposition to the substation", cut.Find("[data-testid=saved-message]").TextContent.Trim()));
        var stored = await StoredAsync();
        Assert.Equal(("Local opposition to the substation", "Mairie d'Alixan", RiskCategory.Community), (stored.Title, stored.Owner, stored.Category));
        Assert.Equal(audited + 1, await AuditCountAsync());
    }

    [Fact]
    public async Task AnEmptyTitleIsRefusedWithItsMessageAndNothingIsSaved()
    {
        var cut = RenderPage();
        await OpenEditAsync(cut);

        Type(Dialogs, "field-title", "");
        Type(Dialogs, "field-owner", "Kept owner");
        await SaveAsync();

        Dialogs.WaitForAssertion(() => Assert.Contains("Nothing was saved", Dialogs.Find("[data-testid=write-errors]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Kept owner", Input(Dialogs, "field-owner").GetAttribute("value"));
        Assert.Equal("Local opposition", (await StoredAsync()).Title);
    }

    [Fact]
    public async Task AnotherAdminsSaveIsReportedAndReloadingKeepsWhatWasTypedForASecondSave()
    {
        var cut = RenderPage();
        await OpenEditAsync(cut);
        var risks = Services.GetRequiredService<RiskAdminService>();
        var edit = (await risks.GetForEditAsync(_risk))!;
        Caller.Current = new("user-bob", "bob@example.test", "Admin");
        Assert.True((await risks.UpdateAsync(_risk, edit.Values with { Owner = "Bob's owner" }, edit.Version)).Succeeded);
        Caller.Current = new("user-alice", "alice@example.test", "Admin");

        Type(Dialogs, "field-title", "Alice's title");
        await SaveAsync();

        Dialogs.WaitForAssertion(() => Assert.Contains("bob@example.test", Dialogs.Find("[data-testid=write-conflict]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Local opposition", (await StoredAsync()).Title);
        var reload = Dialogs.Find("[data-testid=reload-latest]");
        await Dialogs.InvokeAsync(() => reload.Click());
        Assert.Equal("Alice's title", Input(Dialogs, "field-title").GetAttribute("value"));

        await SaveAsync();

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        Assert.Equal("Alice's title", (await StoredAsync()).Title);
    }

    [Fact]
    public void AReaderWhoMayNotWriteSeesNoEditAction()
    {
        Authorization.SetRoles(TrackerRoles.Executive);
        Authorization.SetPolicies(nameof(TrackerPermission.ReadOverview));

        var cut = RenderPage();

        Assert.Empty(cut.FindAll("[data-testid=edit-risk]"));
    }

    [Fact]
    public void APastViewOffersNoEditAction()
    {
        var cut = RenderPage("?asOf=2026-06-01");

        Assert.Empty(cut.FindAll("[data-testid=edit-risk]"));
    }

    [Fact]
    public async Task OpeningEditWritesTheDialogsAddressAndClosingRemovesIt()
    {
        var cut = RenderPage();

        await OpenEditAsync(cut);

        Assert.Contains($"dialog=edit&risk={_risk}", Navigation.Uri, StringComparison.Ordinal);
        var cancel = Dialogs.Find("[data-testid=dialog-cancel]");
        await Dialogs.InvokeAsync(() => cancel.Click());
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        cut.WaitForAssertion(() => Assert.DoesNotContain("dialog=", Navigation.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public void TheEditDialogsAddressOpensItForAnAdmin()
    {
        RenderPage($"?dialog=edit&risk={_risk}");

        Dialogs.WaitForAssertion(() => Assert.Equal("Local opposition", Input(Dialogs, "field-title").GetAttribute("value")));
        Assert.NotEmpty(Dialogs.FindAll("[data-testid=risk-edit-dialog]"));
    }

    [Fact]
    public void TheAssessDialogsAddressOpensIt()
    {
        RenderPage($"?dialog=assess&risk={_risk}");

        Dialogs.WaitForAssertion(() => Assert.Equal((1, 1), (Dialogs.FindAll("[data-testid=risk-assess-dialog]").Count, Dialogs.FindAll("[data-testid=dialog-save]").Count)));
    }

    [Fact]
    public void TheEditDialogsAddressOpensNothingForAReader()
    {
        Authorization.SetRoles(TrackerRoles.Executive);
        Authorization.SetPolicies(nameof(TrackerPermission.ReadOverview));

        var cut = RenderPage($"?dialog=edit&risk={_risk}");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=risk-entry]")));
        Assert.Empty(Dialogs.FindAll(".mud-dialog"));
    }

    [Theory]
    [InlineData("?asOf=2026-06-01&dialog=edit")]
    [InlineData("?dialog=delete-everything")]
    [InlineData("?dialog=edit&risk=abc")]
    public void APastViewAnUnknownDialogOrABadRiskOpensNothing(string query)
    {
        var cut = RenderPage(query.Contains("risk=", StringComparison.Ordinal) ? query : $"{query}&risk={_risk}");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=risk-entry]")));
        Assert.Empty(Dialogs.FindAll(".mud-dialog"));
    }

    [Fact]
    public async Task ARiskOfAnotherCampusInTheAddressOpensNothingHere()
    {
        var other = await AddRiskAsync(Services, "Valence flood plain", [Claim(RiskState.Open, RiskLevel.Low, RiskLevel.Low, PartialDate.OnDay(2026, 3, 10))]);
        await QueryAsync(async db =>
        {
            var campus = new Campus { Slug = "valence-sud", Name = "Valence Sud", Operator = "Other", Commune = "Valence", Region = "Auvergne-Rhône-Alpes", Country = "France" };
            db.Campuses.Add(campus);
            db.AuditEntries.Add(new AuditEntry { UserName = "test", EntityType = "Test", EntityId = "other-campus", Action = "Arranged", Summary = "another campus", Changes = "[]" });
            await db.SaveChangesAsync();
            var risk = await db.Risks.SingleAsync(r => r.Id == other);
            risk.CampusId = campus.Id;
            db.AuditEntries.Add(new AuditEntry { UserName = "test", EntityType = "Test", EntityId = "moved-risk", Action = "Arranged", Summary = "risk moved", Changes = "[]" });
            return await db.SaveChangesAsync();
        });

        var cut = RenderPage($"?dialog=edit&risk={other}");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=risk-entry]")));
        Assert.Empty(Dialogs.FindAll(".mud-dialog"));
    }
}
