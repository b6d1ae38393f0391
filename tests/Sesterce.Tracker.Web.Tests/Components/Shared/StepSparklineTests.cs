using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Components.Shared;

namespace Sesterce.Tracker.Web.Tests.Components.Shared;

public class StepSparklineTests : TrackerComponentTest
{
    private static SeriesPoint Point(int year, int month, int day, decimal low, decimal high) =>
        new(new DateOnly(year, month, day), PartialDate.OnDay(year, month, day), new ValueRange(low, high));

    [Fact]
    public void SparklineDrawsOneDotPerRevisionAndReadsAsAnImage()
    {
        var cut = Render<StepSparkline>(p => p
            .Add(s => s.Points, [Point(2025, 2, 28, 40, 40), Point(2025, 11, 17, 80, 80)])
            .Add(s => s.End, new DateOnly(2026, 11, 25))
            .Add(s => s.Label, "Power over time: 40 MW; 80 MW"));

        var svg = cut.Find("svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Power over time: 40 MW; 80 MW", svg.GetAttribute("aria-label"));
        Assert.Equal(2, cut.FindAll("circle.dot").Count);
        Assert.Empty(cut.FindAll("rect.band"));
    }

    [Fact]
    public void HigherValueIsDrawnHigher()
    {
        var cut = Render<StepSparkline>(p => p
            .Add(s => s.Points, [Point(2025, 2, 28, 40, 40), Point(2025, 11, 17, 80, 80)])
            .Add(s => s.End, new DateOnly(2026, 11, 25))
            .Add(s => s.Label, "x"));

        var ys = cut.FindAll("circle.dot").Select(c => double.Parse(c.GetAttribute("cy")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(ys[1] < ys[0], "SVG y grows downwards, so the larger value must have the smaller y.");
    }

    [Fact]
    public void ARangeIsDrawnAsABand()
    {
        var cut = Render<StepSparkline>(p => p
            .Add(s => s.Points, [Point(2025, 2, 28, 700, 900)])
            .Add(s => s.End, new DateOnly(2026, 11, 25))
            .Add(s => s.Label, "Jobs"));

        Assert.Single(cut.FindAll("rect.band"));
    }

    [Fact]
    public void NoPointsDrawNothingButKeepTheLabel()
    {
        var cut = Render<StepSparkline>(p => p
            .Add(s => s.Points, [])
            .Add(s => s.End, new DateOnly(2026, 11, 25))
            .Add(s => s.Label, "Nothing yet"));

        Assert.Empty(cut.FindAll("path"));
        Assert.Equal("Nothing yet", cut.Find("svg title").TextContent);
    }
}
