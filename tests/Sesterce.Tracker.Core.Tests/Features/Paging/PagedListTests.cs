using Sesterce.Tracker.Core.Features;

namespace Sesterce.Tracker.Core.Tests.Features.Paging;

public class PagedListTests
{
    private static readonly IReadOnlyList<int> Rows = [.. Enumerable.Range(1, 16_000)];

    [Fact]
    public void TheFirstPageHoldsFiftyRowsAndSaysWhichOfHowMany()
    {
        var page = PagedList.Of(Rows, page: null);

        Assert.Equal(50, page.Items.Count);
        Assert.Equal((1, 1, 50, 16_000, 320), (page.Page, page.First, page.Last, page.Total, page.PageCount));
        Assert.False(page.HasPrevious);
        Assert.True(page.HasNext);
    }

    [Fact]
    public void AMiddlePageHoldsTheRowsAfterThePagesBeforeIt()
    {
        var page = PagedList.Of(Rows, page: 3);

        Assert.Equal(101, page.Items[0]);
        Assert.Equal(150, page.Items[^1]);
        Assert.Equal((101, 150), (page.First, page.Last));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-7, 1)]
    [InlineData(321, 320)]
    [InlineData(int.MaxValue, 320)]
    public void APageOutsideTheListShowsTheNearestEndRatherThanNothing(int asked, int shown)
    {
        var page = PagedList.Of(Rows, asked);

        Assert.Equal(shown, page.Page);
        Assert.Equal(50, page.Items.Count);
    }

    [Fact]
    public void TheLastPageHoldsWhatIsLeft()
    {
        var page = PagedList.Of([.. Enumerable.Range(1, 120)], page: 3);

        Assert.Equal((101, 120, 3), (page.First, page.Last, page.PageCount));
        Assert.False(page.HasNext);
    }

    [Fact]
    public void AnEmptyListIsOneEmptyPage()
    {
        var page = PagedList.Of(Array.Empty<string>(), page: 4);

        Assert.Empty(page.Items);
        Assert.Equal((1, 1, 0, 0), (page.Page, page.PageCount, page.First, page.Last));
        Assert.True(page.IsSinglePage);
    }
}
