using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesterce.Tracker.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Classification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Visibility",
                table: "Sources",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Visibility",
                table: "Risks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Visibility",
                table: "RiskAssessments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Visibility",
                table: "PhasePlanRevisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Visibility",
                table: "MilestoneDateRevisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DefaultVisibility",
                table: "Figures",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Visibility",
                table: "FigureRevisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Visibility",
                table: "ConflictResolutions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ClientAddress",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastFailedSignInAt",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MustChangePassword",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "UserSessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UserAgent = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedReason = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserSessions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UserSessions_UserId_EndedAt",
                table: "UserSessions",
                columns: new[] { "UserId", "EndedAt" });

            // Until now only the figure keyed "investment" was hidden from viewers: it becomes an internal figure,
            // and so do its claims, so nobody gains or loses sight of anything by upgrading.
            migrationBuilder.Sql("UPDATE \"Figures\" SET \"DefaultVisibility\" = 1 WHERE \"Key\" = 'investment';");
            migrationBuilder.Sql("UPDATE \"FigureRevisions\" SET \"Visibility\" = 1 WHERE \"FigureId\" IN (SELECT \"Id\" FROM \"Figures\" WHERE \"Key\" = 'investment');");

            // The seed's announcement milestone quoted the investment amount, which viewers may not read:
            // the quote keeps the words that date the announcement and elides the amount, as the seed now does.
            migrationBuilder.Sql("UPDATE \"Citations\" SET \"Quote\" = 'L''entreprise avait initialement promis, en février dernier, d''investir [...] pour ce datacenter nouvelle génération.' WHERE \"MilestoneDateRevisionId\" IS NOT NULL AND \"Quote\" = 'L''entreprise avait initialement promis, en février dernier, d''investir 450 millions d''euros';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UserSessions");

            migrationBuilder.DropColumn(
                name: "Visibility",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "Visibility",
                table: "Risks");

            migrationBuilder.DropColumn(
                name: "Visibility",
                table: "RiskAssessments");

            migrationBuilder.DropColumn(
                name: "Visibility",
                table: "PhasePlanRevisions");

            migrationBuilder.DropColumn(
                name: "Visibility",
                table: "MilestoneDateRevisions");

            migrationBuilder.DropColumn(
                name: "DefaultVisibility",
                table: "Figures");

            migrationBuilder.DropColumn(
                name: "Visibility",
                table: "FigureRevisions");

            migrationBuilder.DropColumn(
                name: "Visibility",
                table: "ConflictResolutions");

            migrationBuilder.DropColumn(
                name: "ClientAddress",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "LastFailedSignInAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "MustChangePassword",
                table: "AspNetUsers");
        }
    }
}
