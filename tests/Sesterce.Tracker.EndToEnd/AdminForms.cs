using static Microsoft.Playwright.Assertions;

namespace Sesterce.Tracker.EndToEnd;

/// <summary>Filling the admin forms as a person does: fields by test id, options picked from open lists, boxes ticked.</summary>
public static class AdminForms
{
    /// <summary>The input or text area with the test id, whether the id sits on it or on its MudBlazor wrapper.</summary>
    public static ILocator Field(this IPage page, string testId, int index = 0)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator($"input[data-testid={testId}], textarea[data-testid={testId}]:not([aria-hidden]), [data-testid={testId}] input, [data-testid={testId}] textarea:not([aria-hidden])").Nth(index);
    }

    /// <summary>Opens the select with the test id and clicks the option whose text contains <paramref name="option"/>.</summary>
    public static async Task ChooseAsync(this IPage page, string testId, string option, int index = 0)
    {
        ArgumentNullException.ThrowIfNull(page);
        var select = page.Locator($".mud-select:has([data-testid={testId}]), .mud-select[data-testid={testId}]").Nth(index);
        await select.Locator(".mud-input-control, .mud-select-input").First.ClickAsync();
        var item = page.Locator(".mud-popover-open .mud-list-item", new() { HasText = option }).First;
        await item.ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    public static async Task TickAsync(this IPage page, string testId, bool value = true)
    {
        ArgumentNullException.ThrowIfNull(page);
        var box = page.Locator($"input[type=checkbox][data-testid={testId}], [data-testid={testId}] input[type=checkbox]").First;
        if (await box.IsCheckedAsync() != value)
        {
            await box.ClickAsync(new() { Force = true });
        }

        await Expect(box).ToBeCheckedAsync(new() { Checked = value });
    }
}
