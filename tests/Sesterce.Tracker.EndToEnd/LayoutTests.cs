using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>
/// Every page on a phone and a large desktop screen, light and dark: nothing wider than the screen,
/// the page's heading visible, the chosen theme applied, and axe-core clean in the dark theme
/// (AccessibilityTests covers the light one). Each view is saved to artifacts/screenshots
/// for a person to look at.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class LayoutTests(Browser browser) : IClassFixture<Browser>
{
    public static TheoryData<string> PageNames => TrackerPage.Names();

    [Theory]
    [MemberData(nameof(PageNames))]
    public async Task PageFitsPhoneAndDesktopInLightAndDarkMode(string name)
    {
        var target = TrackerPage.Named(name);
        var folder = Pages.ArtifactsFolder("screenshots");
        foreach (var appearance in Appearance.All)
        {
            await using var context = await browser.NewContextAsync(target.Account, appearance);
            var page = await context.NewPageAsync();
            await page.ShowAsync(target);

            await Expect(page.Locator("h1").First).ToBeVisibleAsync();
            await Expect(page.Locator(appearance.Dark ? ".tracker-dark" : ".tracker-light").First).ToBeAttachedAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}-{appearance.Name}.png"), FullPage = true });
            Assert.True(overflow <= 0, $"{name} ({appearance.Name}) is {overflow}px wider than the screen: {await WidestAsync(page)}");
            if (appearance == Appearance.DesktopDark)
            {
                await page.AssertNoSeriousViolationsAsync($"{name} ({appearance.Name})");
            }

            if (appearance.Width < 600)
            {
                var hidden = await HiddenTableCellsAsync(page);
                Assert.True(hidden.Length == 0, $"{name} ({appearance.Name}) hides table columns on a phone: {hidden}");
            }
        }
    }

    /// <summary>
    /// Table cells a phone cannot see: cut off at the right (a column beyond the screen, left to a
    /// sideways scroll), not drawn at all, or stacked without the column name that says what they are.
    /// Tables in a closed disclosure are skipped; they are checked when open elsewhere.
    /// </summary>
    private static Task<string> HiddenTableCellsAsync(IPage page) => page.EvaluateAsync<string>(
        """
        () => {
            const width = document.documentElement.clientWidth;
            const problems = [];
            for (const table of document.querySelectorAll('table')) {
                if (!table.checkVisibility()) continue;
                // A row laid out as a card must name each value; a table row that fits the screen has its header above.
                const name = table.closest('[data-testid]')?.getAttribute('data-testid') ?? table.className;
                for (const row of table.querySelectorAll('tbody tr')) {
                    const cells = [...row.children].filter(c => !c.hasAttribute('colspan'));
                    for (const cell of cells) {
                        const box = cell.getBoundingClientRect();
                        const label = cell.getAttribute('data-label');
                        if (box.width === 0 || box.height === 0 || box.left < -1 || box.right > width + 1) {
                            problems.push(`${name}: "${label ?? cell.textContent.trim().slice(0, 20)}" at ${Math.round(box.left)}-${Math.round(box.right)}px`);
                        } else if (cells.length > 1 && label === null && getComputedStyle(row).display === 'block') {
                            problems.push(`${name}: a cell without its column name ("${cell.textContent.trim().slice(0, 20)}")`);
                        } else if (label !== null && label.trim() !== '' && getComputedStyle(cell, '::before').content === 'none') {
                            problems.push(`${name}: "${label}" is not shown beside its value`);
                        }
                    }
                }
            }
            return problems.slice(0, 5).join('; ');
        }
        """);

    /// <summary>The innermost elements that stick out on the right, to say what to fix.</summary>
    private static Task<string> WidestAsync(IPage page) => page.EvaluateAsync<string>(
        """
        () => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1))
            .slice(0, 5)
            .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)}px)`)
            .join(', ')
        """);

    [Fact]
    public async Task TheThemeMenuSwitchesToDarkAndTheChoiceSticks()
    {
        await using var context = await browser.NewContextAsync(TestAccount.ProjectManager);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/campuses/alixan");
        await Expect(page.Locator(".tracker-light").First).ToBeAttachedAsync();

        await page.GetByTestId("theme-switcher").ClickAsync();
        await page.GetByTestId("theme-dark").ClickAsync();
        await Expect(page.Locator(".tracker-dark").First).ToBeAttachedAsync();

        // The next page starts dark from its first, server-rendered paint.
        var response = await page.GotoAsync("/campuses/alixan/timeline");
        Assert.Contains("tracker-dark", await response!.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithTheSystemPreferenceAPhoneInDarkModeGetsTheDarkTheme()
    {
        await using var context = await browser.NewContextAsync(TestAccount.ProjectManager, Appearance.PhoneDark.Viewport, ColorScheme.Dark);
        var page = await context.NewPageAsync();
        await page.OpenAsync("/campuses/alixan");

        await Expect(page.Locator(".tracker-dark").First).ToBeAttachedAsync();
    }
}
