using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Sesterce.Tracker.Web.Hosting;

/// <summary>
/// Where the key ring behind the session cookie and antiforgery tokens lives (docs/security.md, V11).
/// By default the framework's folder, unencrypted at rest as always on Linux; an operator names a
/// persistent folder with <c>DataProtection:KeysFolder</c> and, to encrypt the keys in it, a
/// certificate with <c>DataProtection:CertificatePath</c> (and <c>CertificatePassword</c>).
/// </summary>
public static class DataProtectionSetup
{
    public static IServiceCollection AddTrackerDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddDataProtection();
        if (configuration["DataProtection:KeysFolder"] is { Length: > 0 } folder)
        {
            builder.PersistKeysToFileSystem(new DirectoryInfo(folder));
        }

        if (configuration["DataProtection:CertificatePath"] is { Length: > 0 } path)
        {
            builder.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(path, configuration["DataProtection:CertificatePassword"]));
        }

        return services;
    }
}
