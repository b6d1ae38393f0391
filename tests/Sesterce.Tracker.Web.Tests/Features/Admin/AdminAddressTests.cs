using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Web.Features.Admin;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

/// <summary>The campus admin page keeps its open tab and edit form in the address, and says what a save recorded.</summary>
public class AdminAddressTests : AdminFormTest
{
    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private IRenderedComponent<CampusAdminPage> RenderAt(string query = "")
    {
        _ = Popovers;
        NavigateTo($"/admin/campuses/alixan{query}");
        var cut = Render<CampusAdminPage>(p => p.Add(c => c.Slug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".mud-tab")));
        return cut;
    }

    [Fact]
    public void TheTabInTheAddressIsTheOneOpened()
    {
        var cut = RenderAt("?tab=figures");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=revision-admin-table], [data-figure-key]")));
        Assert.Empty(cut.FindAll("[data-testid=milestone-admin-table]"));
        Assert.Contains("Figures", cut.Find(".mud-tab-active").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ChoosingATabPutsItInTheAddress()
    {
        var cut = RenderAt();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=milestone-admin-table]")));

        cut.FindAll(".mud-tab").Single(t => t.TextContent.Contains("Risks", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.EndsWith("/admin/campuses/alixan?tab=risks", Navigation.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOpenEditFormIsInTheAddressAndReopensFromIt()
    {
        var id = await MilestoneIdAsync("Phase 1 commissioning");
        var cut = RenderAt();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-milestone-row]")));

        cut.Find($"[data-milestone-row='{id}'] [data-testid=edit-milestone]").Click();
        cut.WaitForAssertion(() => Assert.EndsWith($"?edit=milestone-{id}", Navigation.Uri, StringComparison.Ordinal));

        var reloaded = RenderAt($"?edit=milestone-{id}");
        reloaded.WaitForAssertion(() => Assert.Equal("Phase 1 commissioning", Input(reloaded, "field-title").GetAttribute("value")));
    }

    [Fact]
    public async Task ASavedTargetSaysWhatWasSavedAndMarksItsRow()
    {
        var id = await MilestoneIdAsync("Phase 1 commissioning");
        var cut = RenderAt();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-milestone-row]")));
        cut.Find($"[data-milestone-row='{id}'] [data-testid=new-target]").Click();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=milestone-form]")));

        Type(cut, "claim-date", "2027-03");
        Choose(cut, "claim-source", SeedSource);
        Type(cut, "claim-reported-on", "2026-11-20");
        cut.Find("[data-testid=save]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Saved: Phase 1 commissioning — target Mar 2027", cut.Find("[data-testid=write-saved]").TextContent.Trim()));
        Assert.Contains("row-changed", cut.Find($"[data-milestone-row='{id}']").ClassName ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("edit=", Navigation.Uri, StringComparison.Ordinal);
    }
}
