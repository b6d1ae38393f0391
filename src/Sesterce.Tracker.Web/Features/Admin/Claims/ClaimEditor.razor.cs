using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
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

    private SourceAdminRow? Later => Form.PublishedAfterReport(Sources);

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

    private string TitleOf(int? id) => Sources.FirstOrDefault(s => s.Id == id) is { } source ? Describe(source) : "";

    private void SetReportedOn(string? value) => Form.ReportedOn = value;

    private void Choose(int index, int? sourceId) => Form.Choose(index, sourceId, Sources);

    private void AddRow() => Form.Sources.Add(new CitationRow());

    private void RemoveRow(int index) => Form.Sources.RemoveAt(index);

    private IEnumerable<ValidationError> Errors =>
        (Result?.Errors ?? []).Where(e => Explains is null || Explains(e));

    private bool Has(string field) => Errors.Any(e => e.Field == field);

    private string? For(string field) =>
        Errors.FirstOrDefault(e => e.Field == field) is { } error ? A[$"Validation_{error.Code}", error.Arguments].Value : null;
}
