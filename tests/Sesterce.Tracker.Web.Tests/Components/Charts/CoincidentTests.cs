using Sesterce.Tracker.Web.Components.Charts;

namespace Sesterce.Tracker.Web.Tests.Components.Charts;

public class CoincidentTests
{
    [Fact]
    public void ItemsOnTheSameDayAtTheSameValueBecomeOneMarkWithACount()
    {
        var day = new DateOnly(2026, 3, 1);
        (DateOnly Day, int Value, string Name)[] items = [(day, 5, "a"), (day, 5, "b"), (day, 6, "c"), (day.AddDays(1), 5, "d"), (day, 5, "e")];

        var marks = Coincident.Group(items, i => (i.Day, i.Value));

        Assert.Equal(3, marks.Count);
        Assert.Equal(["a", "b", "e"], marks[0].Items.Select(i => i.Name));
        Assert.True(marks[0].IsMerged);
        Assert.Equal(3, marks[0].Count);
        Assert.False(marks[1].IsMerged);
    }

    [Fact]
    public void AColourComesFromTheIdNotThePosition()
    {
        Assert.Equal(SeriesColors.Variable(12), SeriesColors.Variable(12));
        Assert.NotEqual(SeriesColors.Variable(1), SeriesColors.Variable(2));
        Assert.InRange(SeriesColors.Index(-7), 0, SeriesColors.Count - 1);
    }
}
