using Sesterce.Tracker.Web.Features.Account;
using Sesterce.Tracker.Web.Tests.Components;

namespace Sesterce.Tracker.Web.Tests.Features.Account;

/// <summary>The account page's sections as each state shows them.</summary>
public class AccountPanelsTests : TrackerComponentTest
{
    private IRenderedComponent<TwoFactorPanel> RenderTwoFactor(TwoFactorStatus status, AuthenticatorSetup? setup = null, IReadOnlyList<string>? codes = null) =>
        Render<TwoFactorPanel>(p => p
            .Add(x => x.Status, status)
            .Add(x => x.Setup, setup)
            .Add(x => x.RecoveryCodes, codes)
            .Add(x => x.VerifyModel, new CodeInput())
            .Add(x => x.DisableModel, new CodeInput()));

    [Fact]
    public void WhenOffTheSectionOffersToSetItUp()
    {
        var cut = RenderTwoFactor(new TwoFactorStatus(false, 0, false));

        Assert.Contains("Off.", cut.Find("[data-testid=two-factor-state]").TextContent, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("[data-testid=enable-two-factor]"));
        Assert.Empty(cut.FindAll("[data-testid=disable-two-factor]"));
    }

    [Fact]
    public void AnEnrolmentShowsTheGroupedKeyAndTheQrCodeAsInlineSvg()
    {
        var key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        var uri = AccountService.OtpAuthUri("jane@sesterce.example", key);

        var cut = RenderTwoFactor(new TwoFactorStatus(false, 0, false), new AuthenticatorSetup(AccountService.FormatKey(key), uri, AccountService.QrSvg(uri)));

        Assert.Equal("jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp", cut.Find("[data-testid=two-factor-key]").TextContent);
        Assert.NotNull(cut.Find("[data-testid=two-factor-qr] svg"));
        Assert.StartsWith("otpauth://totp/Sesterce%20Tracker:jane%40sesterce.example?secret=" + key, uri, StringComparison.Ordinal);
        Assert.Contains("issuer=Sesterce%20Tracker", uri, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("[data-testid=confirm-two-factor]"));
    }

    [Fact]
    public void NewRecoveryCodesAreListedWithTheCountLeft()
    {
        var codes = Enumerable.Range(0, 10).Select(i => $"AAAA{i}-BBBB{i}").ToList();

        var cut = RenderTwoFactor(new TwoFactorStatus(true, 10, false), codes: codes);

        Assert.Equal(codes, cut.FindAll("[data-testid=recovery-codes] code").Select(c => c.TextContent));
        Assert.Contains("10 unused recovery codes", cut.Find("[data-testid=two-factor-state]").TextContent, StringComparison.Ordinal);
        Assert.Single(cut.FindAll("[data-testid=regenerate-codes]"));
        Assert.Single(cut.FindAll("[data-testid=disable-two-factor]"));
    }

    [Fact]
    public void ARoleThatRequiresTwoFactorCannotTurnItOff()
    {
        var cut = RenderTwoFactor(new TwoFactorStatus(true, 7, true));

        Assert.Empty(cut.FindAll("[data-testid=disable-two-factor]"));
        Assert.Contains("cannot be turned off", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void InFrenchTheSectionSpeaksFrench()
    {
        UseCulture("fr");

        var cut = RenderTwoFactor(new TwoFactorStatus(false, 0, true));

        Assert.Contains("Votre rôle exige", cut.Find("[data-testid=two-factor-state]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePasswordSectionListsItsErrorsOrSaysItIsDone()
    {
        var failed = Render<ChangePasswordPanel>(p => p.Add(x => x.Model, new PasswordInput()).Add(x => x.Errors, ["The current password is not right."]));
        var done = Render<ChangePasswordPanel>(p => p.Add(x => x.Model, new PasswordInput()).Add(x => x.Done, true));

        Assert.Contains("The current password is not right.", failed.Find("[data-testid=password-errors]").TextContent, StringComparison.Ordinal);
        Assert.Single(done.FindAll("[data-testid=password-changed]"));
        Assert.Equal(3, done.FindAll("input[type=password]").Count);
    }
}
