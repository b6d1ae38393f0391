using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

/// <summary>
/// Admin forms against the seeded store: choosing in MudBlazor selects (their lists open in the
/// popover provider), reading inputs, and adding sources beside the seed's one article.
/// </summary>
public abstract class AdminFormTest : SeededComponentTest
{
    /// <summary>The seed's one source: "Sesterce double la mise", published 24 Nov 2025.</summary>
    protected const string SeedSource = "Sesterce double la mise";

    private IRenderedComponent<MudBlazor.MudPopoverProvider>? _popovers;

    /// <summary>Select lists open here; render it before the form.</summary>
    protected IRenderedComponent<MudBlazor.MudPopoverProvider> Popovers => _popovers ??= Render<MudBlazor.MudPopoverProvider>();

    /// <summary>Opens the <paramref name="index"/>-th select carrying the test id and clicks the option whose text contains <paramref name="option"/>.</summary>
    protected void Choose<TComponent>(IRenderedComponent<TComponent> cut, string testId, string option, int index = 0)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(cut);
        var select = cut.FindAll($"[data-testid={testId}]")[index].Closest("div.mud-select")
            ?? throw new InvalidOperationException($"No select around {testId}.");
        select.MouseDown();
        Popovers.WaitForAssertion(() => Assert.Contains(Popovers.FindAll(".mud-list-item"), i => i.TextContent.Contains(option, StringComparison.Ordinal)));
        Popovers.FindAll(".mud-list-item").First(i => i.TextContent.Contains(option, StringComparison.Ordinal)).Click();
    }

    /// <summary>The <paramref name="index"/>-th input or text area carrying the test id (on itself or its MudBlazor wrapper).</summary>
    protected static IElement Input<TComponent>(IRenderedComponent<TComponent> cut, string testId, int index = 0)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(cut);
        return cut.FindAll($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea")[index];
    }

    /// <summary>Types into the <paramref name="index"/>-th field with the test id: a repeated row's quote, say.</summary>
    protected static void TypeAt<TComponent>(IRenderedComponent<TComponent> cut, string testId, int index, string value)
        where TComponent : IComponent => Input(cut, testId, index).Change(value);

    /// <summary>What a select shows: the chosen option's text, empty when nothing is chosen.</summary>
    protected static string Shown<TComponent>(IRenderedComponent<TComponent> cut, string testId, int index = 0)
        where TComponent : IComponent => Input(cut, testId, index).GetAttribute("value") ?? "";

    /// <summary>Ticks (or unticks) the check box with the test id.</summary>
    protected static void Tick<TComponent>(IRenderedComponent<TComponent> cut, string testId, bool value = true)
        where TComponent : IComponent =>
        cut.Find($"input[data-testid={testId}], [data-testid={testId}] input[type=checkbox]").Change(value);

    /// <summary>A source as an admin would add it on the sources page.</summary>
    protected async Task<int> AddSourceAsync(string title, string publishedOn)
    {
        var result = await Services.GetRequiredService<SourceAdminService>()
            .CreateAsync(new SourceInput(title, "Le Dauphiné libéré", $"https://example.test/{Uri.EscapeDataString(title)}", publishedOn, "fr", null));
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => $"{e.Field} {e.Code}")));
        return result.Id!.Value;
    }

    protected Task<int> MilestoneIdAsync(string title) =>
        QueryAsync(db => db.Milestones.Where(m => m.Title == title).Select(m => m.Id).SingleAsync());
}
