using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Sesterce.Tracker.Web.Formatting;

namespace Sesterce.Tracker.Web.Features.Admin.Claims;

public partial class AmountField
{
    [Inject]
    private IStringLocalizer<AdminResource> A { get; set; } = default!;

    [Inject]
    private DisplayFormatter Format { get; set; } = default!;

    [Parameter, EditorRequired]
    public AmountEntry Entry { get; set; } = default!;

    /// <summary>The figure's unit as Core stores it ("EUR", "MW", "jobs"): it decides the scales offered and the preview.</summary>
    [Parameter, EditorRequired]
    public string Unit { get; set; } = "";

    /// <summary>The current headline in base units: an empty field starts in its scale (€B for €1.5B).</summary>
    [Parameter]
    public decimal? Reference { get; set; }

    [Parameter]
    public string? Label { get; set; }

    [Parameter]
    public string TestId { get; set; } = "field-value";

    /// <summary>The service's refusal of this field, shown when the text itself reads well.</summary>
    [Parameter]
    public string? ServerError { get; set; }

    [Parameter]
    public EventCallback OnChanged { get; set; }

    // Phones show a keyboard with a decimal separator.
    private static MudBlazor.InputMode DecimalMode => MudBlazor.InputMode.@decimal;

    private IReadOnlyList<AmountScale> Scales => AmountScale.For(Unit);

    private bool HasError => Entry.Problem != AmountProblem.None || ServerError is not null;

    private string? Message => Entry.Problem switch
    {
        AmountProblem.NotANumber => A["Validation_NotANumber", Entry.Text?.Trim() ?? ""],
        AmountProblem.TooLarge => A["Validation_NumberTooLarge"],
        _ => ServerError,
    };

    private string? Preview => Entry.Amount is { } amount ? Format.Amount(amount, Unit) : null;

    protected override void OnParametersSet() => Entry.UseUnit(Unit, Reference, CultureInfo.CurrentCulture);

    private async Task Type(string? text)
    {
        Entry.Type(text, CultureInfo.CurrentCulture);
        await OnChanged.InvokeAsync();
    }

    private async Task ChooseScale(string key)
    {
        if (Scales.FirstOrDefault(s => s.Key == key) is { } scale)
        {
            Entry.ChooseScale(scale, CultureInfo.CurrentCulture);
            await OnChanged.InvokeAsync();
        }
    }

    private string ScaleName(string key) => Scales.FirstOrDefault(s => s.Key == key) is { } scale ? ScaleLabel(scale) : key;

    /// <summary>"€B" in English, "Md€" in French; "GW" for power; per-MW units keep their "/MW".</summary>
    private string ScaleLabel(AmountScale scale)
    {
        var symbol = Unit.StartsWith("USD", StringComparison.Ordinal) ? "$" : Unit.StartsWith("EUR", StringComparison.Ordinal) ? "€" : Format.UnitLabel(Unit);
        var label = A[$"Scale_{scale.Key}", symbol].Value;
        return Unit.EndsWith("/MW", StringComparison.Ordinal) ? label + "/MW" : label;
    }
}
