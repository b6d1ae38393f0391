using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Sesterce.Tracker.Web.Features.Account;

public partial class TwoFactorPanel
{
    public const string StartForm = "two-factor-start";
    public const string VerifyForm = "two-factor-verify";
    public const string RegenerateForm = "two-factor-codes";
    public const string DisableForm = "two-factor-disable";

    private static readonly object Empty = new();

    [Inject]
    private IStringLocalizer<AccountResource> Acct { get; set; } = default!;

    [Parameter, EditorRequired]
    public TwoFactorStatus Status { get; set; } = default!;

    /// <summary>An enrolment in progress (key and QR code), or null.</summary>
    [Parameter]
    public AuthenticatorSetup? Setup { get; set; }

    /// <summary>Recovery codes just issued: shown once, never again.</summary>
    [Parameter]
    public IReadOnlyList<string>? RecoveryCodes { get; set; }

    [Parameter]
    public string? Message { get; set; }

    [Parameter]
    public bool MessageIsError { get; set; }

    [Parameter, EditorRequired]
    public CodeInput VerifyModel { get; set; } = default!;

    [Parameter, EditorRequired]
    public CodeInput DisableModel { get; set; } = default!;

    [Parameter]
    public EventCallback OnStart { get; set; }

    [Parameter]
    public EventCallback OnVerify { get; set; }

    [Parameter]
    public EventCallback OnRegenerate { get; set; }

    [Parameter]
    public EventCallback OnDisable { get; set; }
}

/// <summary>One code (or password) typed into a form.</summary>
public sealed class CodeInput
{
    public string Code { get; set; } = "";
}
