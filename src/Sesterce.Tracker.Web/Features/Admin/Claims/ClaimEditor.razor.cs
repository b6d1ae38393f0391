using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Admin.Claims;

public partial class ClaimEditor
{
    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Parameter, EditorRequired]
    public ClaimForm Form { get; set; } = default!;

    /// <summary>Every source an admin may cite, with its publication date.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<SourceAdminRow> Sources { get; set; } = [];

    /// <summary>The last save's outcome: its field errors show on the inputs they name.</summary>
    [Parameter]
    public WriteResult? Result { get; set; }

    /// <summary>Keeps only the errors this claim's inputs explain, when two claims share field names in one save.</summary>
    [Parameter]
    public Func<ValidationError, bool>? Explains { get; set; }

    /// <summary>Prefix of the test ids, distinct when a form holds two editors ("target", "reached").</summary>
    [Parameter]
    public string Name { get; set; } = "claim";

    [Parameter]
    public string? NoteLabel { get; set; }

    /// <summary>Told about a source created from this editor ("New source…"), so the page's own catalogue can hold it too.</summary>
    [Parameter]
    public EventCallback<SourceAdminRow> SourceCreated { get; set; }

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private readonly List<SourceAdminRow> _created = [];

    // The page's catalogue plus the sources created here, so a new source is offered before the page reloads its list.
    private IReadOnlyList<SourceAdminRow> Catalogue =>
        _created.Count == 0 ? Sources : [.. Sources, .. _created.Where(c => Sources.All(s => s.Id != c.Id))];

    private SourceAdminRow? Later => Form.PublishedAfterReport(Catalogue);

    private string SourceCount => Form.ChosenCount switch
    {
        0 => A["SourcesChosenNone"],
        1 => A["SourcesChosenOne"],
        var n => A["SourcesChosenMany", n],
    };

    private string Id(string part) => $"{Name}-{part}";

    private static string RowField(int index, string part) => $"Sources[{index}].{part}";

    private string Describe(SourceAdminRow source) =>
        source.PublishedOn is { } published ? $"{source.Title} · {Format.Date(published)}" : source.Title;

    private string TitleOf(int? id) => Catalogue.FirstOrDefault(s => s.Id == id) is { } source ? Describe(source) : "";

    private void SetReportedOn(string? value) => Form.ReportedOn = value;

    private void Choose(int index, int? sourceId) => Form.Choose(index, sourceId, Catalogue);

    /// <summary>Creates a source in a dialog and cites it at once: on the first empty row, or on a new one.</summary>
    private async Task NewSourceAsync()
    {
        if (await NewSourceDialog.ShowAsync(Dialogs, A) is not { } created)
        {
            return;
        }

        _created.Add(created);
        var empty = Form.Sources.FindIndex(s => s.SourceId is null);
        if (empty < 0)
        {
            Form.Sources.Add(new CitationRow());
            empty = Form.Sources.Count - 1;
        }

        Form.Choose(empty, created.Id, Catalogue);
        await SourceCreated.InvokeAsync(created);
    }

    private void AddRow() => Form.Sources.Add(new CitationRow());

    private void RemoveRow(int index) => Form.Sources.RemoveAt(index);

    private IEnumerable<ValidationError> Errors =>
        (Result?.Errors ?? []).Where(e => Explains is null || Explains(e));

    private bool Has(string field) => Errors.Any(e => e.Field == field);

    private string? For(string field) =>
        Errors.FirstOrDefault(e => e.Field == field) is { } error ? A[$"Validation_{error.Code}", error.Arguments].Value : null;
}
