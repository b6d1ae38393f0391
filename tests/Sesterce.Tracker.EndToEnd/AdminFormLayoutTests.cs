using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>
/// The claim forms open and filled as an admin would have them mid-entry (two sources, a recall
/// confirmation, an error, a claim list): nothing wider than a phone or a laptop screen, and
/// axe-core clean on the laptop. Each state is saved to artifacts/admin-forms for a person to look at.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class AdminFormLayoutTests(Browser browser) : IClassFixture<Browser>
{
    private const string Source = "Sesterce double la mise";

    private static readonly Appearance Laptop = new("laptop-light", 1280, 800, false);

    private static readonly Dictionary<string, Func<IPage, Task>> States = new(StringComparer.Ordinal)
    {
        ["milestone-new"] = NewMilestoneWithBothClaimsAsync,
        ["milestone-claims"] = MilestoneAndItsClaimsAsync,
        ["milestone-reached-error"] = ReachedDateInTheFutureAsync,
        ["phases-replan"] = PhaseReplanAsync,
        ["figures-revision"] = RevisionWithTwoSourcesAsync,
        ["sources"] = SourcesAsync,
        ["risk-new"] = NewRiskAsync,
    };

    public static TheoryData<string> StateNames() => [.. States.Keys];

    [Theory]
    [MemberData(nameof(StateNames))]
    public async Task AnAdminFormMidEntryFitsAPhoneAndALaptop(string state)
    {
        var folder = Pages.ArtifactsFolder("admin-forms");
        foreach (var appearance in new[] { Laptop, Appearance.PhoneLight })
        {
            await using var context = await browser.NewContextAsync(TestAccount.Admin, appearance);
            var page = await context.NewPageAsync();
            await States[state](page);

            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{state}-{appearance.Name}.png"), FullPage = true });
            Assert.True(overflow <= 0, $"{state} ({appearance.Name}) is {overflow}px wider than the screen.");
            if (appearance == Laptop)
            {
                await page.AssertNoSeriousViolationsAsync($"{state} ({appearance.Name})");
            }
        }
    }

    private static async Task OpenCampusAdminAsync(IPage page, string tab)
    {
        await page.OpenAsync("/admin/campuses/alixan");
        await Expect(page.GetByTestId("milestone-admin-table")).ToBeVisibleAsync();
        if (tab != "Milestones")
        {
            await page.Locator(".mud-tab", new() { HasText = tab }).ClickAsync();
        }
    }

    private static async Task NewMilestoneWithBothClaimsAsync(IPage page)
    {
        await OpenCampusAdminAsync(page, "Milestones");
        await page.GetByTestId("new-milestone").ClickAsync();
        await page.Field("field-title").FillAsync("Grid connection agreement signed");
        await page.Field("target-date").FillAsync("2026-H2");
        await page.Field("target-reported-on").FillAsync("2025-02");
        await page.ChooseAsync("target-source", Source);
        await Expect(page.GetByTestId("target-recalls-box")).ToBeVisibleAsync();
        await page.Field("target-quote").FillAsync("Le raccordement au réseau est prévu au second semestre 2026.");
        await page.TickAsync("with-reached");
        await page.Field("reached-date").FillAsync("2026-10-02");
        await page.GetByTestId("reached-add-source").ClickAsync();
        await page.ChooseAsync("reached-source", Source, 1);
    }

    private static async Task NewRiskAsync(IPage page)
    {
        await OpenCampusAdminAsync(page, "Risks");
        await page.GetByTestId("new-risk").ClickAsync();
        await page.Field("field-title").FillAsync("Grid connection delayed");
        await page.Field("field-owner").FillAsync("RTE");
        await page.ChooseAsync("field-category", "Grid connection");
        await page.ChooseAsync("assessment-source", Source);
        await page.Field("assessment-quote").FillAsync("Le raccordement au réseau est prévu au second semestre 2026.");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("write-saved")).ToBeVisibleAsync();
        await page.Locator("[data-risk-row]", new() { HasText = "Grid connection delayed" }).First.GetByTestId("assess-risk").ClickAsync();
        await Expect(page.GetByTestId("risk-assessments")).ToBeVisibleAsync();
        await page.ChooseAsync("assessment-state", "Mitigating");
        await page.ChooseAsync("assessment-source", Source);
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("write-errors")).ToBeVisibleAsync();
    }

    private static async Task MilestoneAndItsClaimsAsync(IPage page)
    {
        await OpenCampusAdminAsync(page, "Milestones");
        await page.Locator("[data-milestone-row]", new() { HasText = "Phase 1 commissioning" }).GetByTestId("edit-milestone").ClickAsync();
        await Expect(page.GetByTestId("milestone-claims")).ToBeVisibleAsync();
    }

    private static async Task ReachedDateInTheFutureAsync(IPage page)
    {
        await OpenCampusAdminAsync(page, "Milestones");
        await page.Locator("[data-milestone-row]", new() { HasText = "Phase 1 commissioning" }).GetByTestId("record-reached").ClickAsync();
        await page.Field("claim-date").FillAsync("2026-12-15");
        await page.ChooseAsync("claim-source", Source);
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("write-errors")).ToBeVisibleAsync();
    }

    private static async Task PhaseReplanAsync(IPage page)
    {
        await OpenCampusAdminAsync(page, "Campus and phases");
        await page.Locator("[data-phase-row]", new() { HasText = "Full 80 MW" }).GetByTestId("replan-phase").ClickAsync();
        await page.Field("field-plan-capacity").FillAsync("100");
        await page.ChooseAsync("plan-source", Source);
        await page.Field("plan-note").FillAsync("A second hall was announced.");
    }

    private static async Task RevisionWithTwoSourcesAsync(IPage page)
    {
        await OpenCampusAdminAsync(page, "Figures");
        await page.Locator("[data-figure-key=power]").ClickAsync();
        await page.Field("field-value").FillAsync("80");
        await page.ChooseAsync("claim-source", Source);
        await page.Field("claim-quote").FillAsync("La puissance du site passe ainsi à 80 MW.");
        await page.GetByTestId("claim-add-source").ClickAsync();
        await page.GetByTestId("save-revision").ClickAsync();
        await Expect(page.GetByTestId("write-errors")).ToBeVisibleAsync();
    }

    private static async Task SourcesAsync(IPage page)
    {
        await page.OpenAsync("/admin/sources");
        await page.Field("field-title").FillAsync("Le projet grandit");
        await page.Field("field-published").FillAsync("2025-07");
    }
}
