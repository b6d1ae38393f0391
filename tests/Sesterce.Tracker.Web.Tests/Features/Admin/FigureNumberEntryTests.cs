using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Features.Admin;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

/// <summary>The revision form's number entry on the seeded investment (headline €1.5B): scale, preview, ten-times check, refusals.</summary>
public class FigureNumberEntryTests : AdminFormTest
{
    private IRenderedComponent<FiguresAdmin> RenderInvestment()
    {
        _ = Popovers;
        var cut = Render<FiguresAdmin>(p => p.Add(c => c.CampusSlug, "alixan"));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-figure-key=investment]")));
        cut.Find("[data-figure-key=investment]").Click();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=field-value-scale]")));
        return cut;
    }

    private async Task<int> InvestmentRevisionCountAsync() =>
        (await Services.GetRequiredService<FigureAdminService>().ListAsync("alixan"))!.Single(f => f.Key == "investment").RevisionCount;

    [Fact]
    public void TheValueStartsInTheHeadlinesScaleAndPreviewsTheAmountInEnglish()
    {
        var cut = RenderInvestment();

        Assert.Contains("€B", Shown(cut, "field-value-scale"), StringComparison.Ordinal);
        Input(cut, "field-value-input").Change("1.7");

        cut.WaitForAssertion(() => Assert.Equal("= €1.7B", cut.Find("[data-testid=field-value-preview]").TextContent));
    }

    [Fact]
    public void FrenchReadsACommaAndPreviewsInFrench()
    {
        UseCulture("fr");
        var cut = RenderInvestment();

        Input(cut, "field-value-input").Change("1,7");

        cut.WaitForAssertion(() => Assert.Contains("1,7", cut.Find("[data-testid=field-value-preview]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Md", cut.Find("[data-testid=field-value-preview]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATooLargeNumberIsRefusedWithItsOwnMessageAndStaysInTheField()
    {
        var cut = RenderInvestment();
        var before = await InvestmentRevisionCountAsync();

        Input(cut, "field-value-input").Change("12345678901234567890123456789");
        cut.Find("[data-testid=save-revision]").Click();

        cut.WaitForAssertion(() => Assert.Contains("This number is too large.", cut.Find("[data-testid=write-errors]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("give either a value", cut.Find("[data-testid=write-errors]").TextContent, StringComparison.Ordinal);
        Assert.Equal("12345678901234567890123456789", Input(cut, "field-value-input").GetAttribute("value"));
        Assert.Equal(before, await InvestmentRevisionCountAsync());
    }

    [Fact]
    public void TextThatIsNoNumberSaysSo()
    {
        var cut = RenderInvestment();

        Input(cut, "field-value-input").Change("1.5 billion");
        cut.Find("[data-testid=save-revision]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Not a number: “1.5 billion”.", cut.Find("[data-testid=write-errors]").TextContent, StringComparison.Ordinal));
        Assert.Equal("1.5 billion", Input(cut, "field-value-input").GetAttribute("value"));
    }

    [Fact]
    public async Task AValueTenTimesAwayFromTheHeadlineAsksForConfirmationBeforeSaving()
    {
        var cut = RenderInvestment();
        var before = await InvestmentRevisionCountAsync();
        Choose(cut, "field-value-scale", "€");
        Input(cut, "field-value-input").Change("1.7");
        Choose(cut, "claim-source", SeedSource);

        cut.Find("[data-testid=save-revision]").Click();

        cut.WaitForAssertion(() => Assert.Contains("more than ten times smaller than the current headline", cut.Find("[data-testid=confirm-tenfold]").TextContent, StringComparison.Ordinal));
        Assert.Equal(before, await InvestmentRevisionCountAsync());
        cut.Find("[data-testid=confirm-tenfold-no]").Click();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=confirm-tenfold]")));
        Assert.Equal(before, await InvestmentRevisionCountAsync());
    }

    [Fact]
    public void ACorrectionPrefillsTheValueInItsScaleAndEveryClaimField()
    {
        var cut = RenderInvestment();

        cut.FindAll("[data-testid=correct-revision]")[0].Click();

        cut.WaitForAssertion(() => Assert.NotEqual("", Input(cut, "field-value-input").GetAttribute("value") ?? Input(cut, "field-low-input").GetAttribute("value") ?? ""));
        Assert.NotEqual("", Input(cut, "claim-reported-on").GetAttribute("value"));
        Assert.Contains(SeedSource, Shown(cut, "claim-source"), StringComparison.Ordinal);
        Assert.NotEqual("", Input(cut, "claim-quote").TextContent.Length > 0 ? Input(cut, "claim-quote").TextContent : Input(cut, "claim-quote").GetAttribute("value") ?? "");
        Assert.DoesNotContain("#", cut.Find("[data-testid=revision-form] h3").TextContent, StringComparison.Ordinal);
    }
}
