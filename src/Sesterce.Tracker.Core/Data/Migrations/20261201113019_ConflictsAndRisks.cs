using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesterce.Tracker.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ConflictsAndRisks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Citation_OneClaim",
                table: "Citations");

            migrationBuilder.AddColumn<string>(
                name: "ScopeKind",
                table: "FigureRevisions",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Campus");

            migrationBuilder.AddColumn<string>(
                name: "ScopeLabel",
                table: "FigureRevisions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ScopePhaseId",
                table: "FigureRevisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ConflictResolutionId",
                table: "Citations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RiskAssessmentId",
                table: "Citations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConflictResolutions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FigureRevisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    MilestoneDateRevisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AnnouncedOnStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnnouncedOnPrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    KnownFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CorrectsRevisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConflictResolutions", x => x.Id);
                    table.CheckConstraint("CK_ConflictResolution_OneClaim", "(CASE WHEN \"FigureRevisionId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"MilestoneDateRevisionId\" IS NULL THEN 0 ELSE 1 END) = 1");
                    table.ForeignKey(
                        name: "FK_ConflictResolutions_ConflictResolutions_CorrectsRevisionId",
                        column: x => x.CorrectsRevisionId,
                        principalTable: "ConflictResolutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConflictResolutions_FigureRevisions_FigureRevisionId",
                        column: x => x.FigureRevisionId,
                        principalTable: "FigureRevisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConflictResolutions_MilestoneDateRevisions_MilestoneDateRevisionId",
                        column: x => x.MilestoneDateRevisionId,
                        principalTable: "MilestoneDateRevisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Risks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampusId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Risks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Risks_Campuses_CampusId",
                        column: x => x.CampusId,
                        principalTable: "Campuses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RiskAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RiskId = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Likelihood = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Impact = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AnnouncedOnStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnnouncedOnPrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    KnownFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CorrectsRevisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskAssessments_RiskAssessments_CorrectsRevisionId",
                        column: x => x.CorrectsRevisionId,
                        principalTable: "RiskAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RiskAssessments_Risks_RiskId",
                        column: x => x.RiskId,
                        principalTable: "Risks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RiskConsequences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RiskId = table.Column<int>(type: "INTEGER", nullable: false),
                    MilestoneDateRevisionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskConsequences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskConsequences_MilestoneDateRevisions_MilestoneDateRevisionId",
                        column: x => x.MilestoneDateRevisionId,
                        principalTable: "MilestoneDateRevisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RiskConsequences_Risks_RiskId",
                        column: x => x.RiskId,
                        principalTable: "Risks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RiskThreats",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RiskId = table.Column<int>(type: "INTEGER", nullable: false),
                    MilestoneId = table.Column<int>(type: "INTEGER", nullable: true),
                    PhaseId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskThreats", x => x.Id);
                    table.CheckConstraint("CK_RiskThreat_OneTarget", "(CASE WHEN \"MilestoneId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"PhaseId\" IS NULL THEN 0 ELSE 1 END) = 1");
                    table.ForeignKey(
                        name: "FK_RiskThreats_Milestones_MilestoneId",
                        column: x => x.MilestoneId,
                        principalTable: "Milestones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RiskThreats_Phases_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "Phases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RiskThreats_Risks_RiskId",
                        column: x => x.RiskId,
                        principalTable: "Risks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FigureRevisions_ScopePhaseId",
                table: "FigureRevisions",
                column: "ScopePhaseId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_FigureRevision_ScopePhase",
                table: "FigureRevisions",
                sql: "(\"ScopeKind\" = 'Phase') = (\"ScopePhaseId\" IS NOT NULL)");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_ConflictResolutionId",
                table: "Citations",
                column: "ConflictResolutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_RiskAssessmentId",
                table: "Citations",
                column: "RiskAssessmentId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Citation_OneClaim",
                table: "Citations",
                sql: "(CASE WHEN \"FigureRevisionId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"MilestoneDateRevisionId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"PhasePlanRevisionId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"ConflictResolutionId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"RiskAssessmentId\" IS NULL THEN 0 ELSE 1 END) = 1");

            migrationBuilder.CreateIndex(
                name: "IX_ConflictResolutions_CorrectsRevisionId",
                table: "ConflictResolutions",
                column: "CorrectsRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_ConflictResolutions_FigureRevisionId_KnownFrom",
                table: "ConflictResolutions",
                columns: new[] { "FigureRevisionId", "KnownFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_ConflictResolutions_MilestoneDateRevisionId_KnownFrom",
                table: "ConflictResolutions",
                columns: new[] { "MilestoneDateRevisionId", "KnownFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_CorrectsRevisionId",
                table: "RiskAssessments",
                column: "CorrectsRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_RiskId_KnownFrom",
                table: "RiskAssessments",
                columns: new[] { "RiskId", "KnownFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskConsequences_MilestoneDateRevisionId",
                table: "RiskConsequences",
                column: "MilestoneDateRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskConsequences_RiskId_MilestoneDateRevisionId",
                table: "RiskConsequences",
                columns: new[] { "RiskId", "MilestoneDateRevisionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Risks_CampusId",
                table: "Risks",
                column: "CampusId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskThreats_MilestoneId",
                table: "RiskThreats",
                column: "MilestoneId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskThreats_PhaseId",
                table: "RiskThreats",
                column: "PhaseId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskThreats_RiskId",
                table: "RiskThreats",
                column: "RiskId");

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_ConflictResolutions_ConflictResolutionId",
                table: "Citations",
                column: "ConflictResolutionId",
                principalTable: "ConflictResolutions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Citations_RiskAssessments_RiskAssessmentId",
                table: "Citations",
                column: "RiskAssessmentId",
                principalTable: "RiskAssessments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_FigureRevisions_Phases_ScopePhaseId",
                table: "FigureRevisions",
                column: "ScopePhaseId",
                principalTable: "Phases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Citations_ConflictResolutions_ConflictResolutionId",
                table: "Citations");

            migrationBuilder.DropForeignKey(
                name: "FK_Citations_RiskAssessments_RiskAssessmentId",
                table: "Citations");

            migrationBuilder.DropForeignKey(
                name: "FK_FigureRevisions_Phases_ScopePhaseId",
                table: "FigureRevisions");

            migrationBuilder.DropTable(
                name: "ConflictResolutions");

            migrationBuilder.DropTable(
                name: "RiskAssessments");

            migrationBuilder.DropTable(
                name: "RiskConsequences");

            migrationBuilder.DropTable(
                name: "RiskThreats");

            migrationBuilder.DropTable(
                name: "Risks");

            migrationBuilder.DropIndex(
                name: "IX_FigureRevisions_ScopePhaseId",
                table: "FigureRevisions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_FigureRevision_ScopePhase",
                table: "FigureRevisions");

            migrationBuilder.DropIndex(
                name: "IX_Citations_ConflictResolutionId",
                table: "Citations");

            migrationBuilder.DropIndex(
                name: "IX_Citations_RiskAssessmentId",
                table: "Citations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Citation_OneClaim",
                table: "Citations");

            migrationBuilder.DropColumn(
                name: "ScopeKind",
                table: "FigureRevisions");

            migrationBuilder.DropColumn(
                name: "ScopeLabel",
                table: "FigureRevisions");

            migrationBuilder.DropColumn(
                name: "ScopePhaseId",
                table: "FigureRevisions");

            migrationBuilder.DropColumn(
                name: "ConflictResolutionId",
                table: "Citations");

            migrationBuilder.DropColumn(
                name: "RiskAssessmentId",
                table: "Citations");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Citation_OneClaim",
                table: "Citations",
                sql: "(CASE WHEN \"FigureRevisionId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"MilestoneDateRevisionId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"PhasePlanRevisionId\" IS NULL THEN 0 ELSE 1 END) = 1");
        }
    }
}
