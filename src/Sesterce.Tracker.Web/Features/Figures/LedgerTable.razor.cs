using Microsoft.AspNetCore.Components;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Web.Formatting;
using Sesterce.Tracker.Web.Navigation;

namespace Sesterce.Tracker.Web.Features.Figures;

public partial class LedgerTable
{
    private const string AllValue = "";
    private string _status = AllValue;
    private string _source = AllValue;
    private string? _text;

    [Parameter, EditorRequired]
    public IReadOnlyList<LedgerRow> Rows { get; set; } = [];

    [Parameter, EditorRequired]
    public string Unit { get; set; } = "";

    /// <summary>The page asked for in the address (<c>?page=</c>, from 1); none is the first.</summary>
    [Parameter]
    public int? Page { get; set; }

    /// <summary>Given to writers on today's view: each standing revision gets a "Correct" action.</summary>
    [Parameter]
    public EventCallback<FigureRevisionView> OnCorrect { get; set; }

    /// <summary>Room beside the heading, for the download buttons.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    private bool ShowScope => Unit == "EUR";

    private IEnumerable<ClaimStatus> Statuses => Rows.Select(r => r.Revision.Status).Distinct().Order();

    private Dictionary<string, string> Sources => Rows
        .SelectMany(r => r.Revision.Sources.Where(c => !c.SourceRestricted).Select(c => c.Source))
        .DistinctBy(s => s.Id)
        .ToDictionary(s => s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), s => string.IsNullOrEmpty(s.Publisher) ? s.Title : $"{s.Title} ({s.Publisher})");

    private IEnumerable<LedgerRow> Visible => Rows.Where(Matches);

    private int VisibleCount => Visible.Count();

    // Clamped, so an old link past the end shows the last page rather than an empty table.
    private int PageIndex => PagedList.Clamp(Page, VisibleCount, PagedList.DefaultPageSize) - 1;

    private bool Matches(LedgerRow row)
    {
        var r = row.Revision;
        if (_status != AllValue && r.Status.ToString() != _status)
        {
            return false;
        }

        if (_source != AllValue && !r.Sources.Any(c => c.Source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == _source))
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(_text))
        {
            return true;
        }

        var cited = r.Sources.SelectMany(c => new[] { c.Quote, c.Source.Title, c.Source.Publisher });
        var haystack = string.Join(' ', [.. cited, r.Note, Format.Value(r.Value, Unit, r.Qualifier), Format.Date(r.AnnouncedOn), Format.Status(r.Status)]);
        return haystack.Contains(_text.Trim(), StringComparison.CurrentCultureIgnoreCase);
    }

    private void OnStatusChanged(string value) => Refilter(() => _status = value ?? AllValue);

    private void OnSourceChanged(string value) => Refilter(() => _source = value ?? AllValue);

    private void OnTextChanged(string? value) => Refilter(() => _text = value);

    // A new filter starts again from its first page.
    private void Refilter(Action change)
    {
        change();
        if (Page is not null)
        {
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameter(PageQuery.Name, (int?)null));
        }
    }

    // A row that is not a step of the headline says how far it stands from the headline of its day, never a change from the row above.
    private string PreviousText(LedgerRow row) =>
        row.FromHeadlineInForce is { } gap && row.HeadlineInForce is { } headline
            ? F["VsHeadlineInForce", ChangeText(gap), Format.Value(headline.Value, Unit, headline.Qualifier)]
            : ChangeText(row.FromPrevious);

    /// <summary>Another row named as readers know it: its day, its value and its source.</summary>
    private string NameOf(int revisionId) =>
        Rows.FirstOrDefault(r => r.Revision.Id == revisionId)?.Revision is { } revision
            ? Format.Name(revision, Format.Value(revision.Value, Unit, revision.Qualifier))
            : "—";

    private string ChangeText(FigureChange? change) => change is null ? "—" : FigureText.ChangeWithPercent(Format, change, Unit);

    private static string RowClass(LedgerRow row, int index) =>
        string.Join(' ', row.IsCorrected ? "is-corrected" : "", row.IsHeadline ? "is-headline" : "", row.InConflict ? "in-conflict" : "").Trim();
}
