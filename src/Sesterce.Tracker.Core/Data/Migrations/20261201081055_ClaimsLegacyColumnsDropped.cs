using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesterce.Tracker.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClaimsLegacyColumnsDropped : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_FigureRevisions_Sources_SourceId",
                table: "FigureRevisions");

            migrationBuilder.DropForeignKey(
                name: "FK_MilestoneDateRevisions_Sources_SourceId",
                table: "MilestoneDateRevisions");

            migrationBuilder.DropForeignKey(
                name: "FK_Milestones_Sources_ActualSourceId",
                table: "Milestones");

            migrationBuilder.DropForeignKey(
                name: "FK_Phases_Milestones_CommissioningMilestoneId",
                table: "Phases");

            migrationBuilder.DropIndex(
                name: "IX_Phases_CommissioningMilestoneId",
                table: "Phases");

            migrationBuilder.DropIndex(
                name: "IX_Milestones_ActualSourceId",
                table: "Milestones");

            migrationBuilder.DropIndex(
                name: "IX_MilestoneDateRevisions_SourceId",
                table: "MilestoneDateRevisions");

            migrationBuilder.DropIndex(
                name: "IX_FigureRevisions_SourceId",
                table: "FigureRevisions");

            migrationBuilder.DropColumn(
                name: "CommissioningMilestoneId",
                table: "Phases");

            migrationBuilder.DropColumn(
                name: "TargetCapacityMw",
                table: "Phases");

            migrationBuilder.DropColumn(
                name: "TargetDatePrecision",
                table: "Phases");

            migrationBuilder.DropColumn(
                name: "TargetDateStart",
                table: "Phases");

            migrationBuilder.DropColumn(
                name: "ActualDatePrecision",
                table: "Milestones");

            migrationBuilder.DropColumn(
                name: "ActualDateStart",
                table: "Milestones");

            migrationBuilder.DropColumn(
                name: "ActualQuote",
                table: "Milestones");

            migrationBuilder.DropColumn(
                name: "ActualSourceId",
                table: "Milestones");

            migrationBuilder.DropColumn(
                name: "Quote",
                table: "MilestoneDateRevisions");

            migrationBuilder.DropColumn(
                name: "SourceId",
                table: "MilestoneDateRevisions");

            migrationBuilder.DropColumn(
                name: "Quote",
                table: "FigureRevisions");

            migrationBuilder.DropColumn(
                name: "SourceId",
                table: "FigureRevisions");

            migrationBuilder.AddColumn<bool>(
                name: "CommissionsPhase",
                table: "Milestones",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_CommissioningOfPhase",
                table: "Milestones",
                column: "PhaseId",
                unique: true,
                filter: "\"CommissionsPhase\" = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Milestones_CommissioningOfPhase",
                table: "Milestones");

            migrationBuilder.DropColumn(
                name: "CommissionsPhase",
                table: "Milestones");

            migrationBuilder.AddColumn<int>(
                name: "CommissioningMilestoneId",
                table: "Phases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "TargetCapacityMw",
                table: "Phases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetDatePrecision",
                table: "Phases",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TargetDateStart",
                table: "Phases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActualDatePrecision",
                table: "Milestones",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ActualDateStart",
                table: "Milestones",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActualQuote",
                table: "Milestones",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ActualSourceId",
                table: "Milestones",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Quote",
                table: "MilestoneDateRevisions",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceId",
                table: "MilestoneDateRevisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Quote",
                table: "FigureRevisions",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SourceId",
                table: "FigureRevisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Phases_CommissioningMilestoneId",
                table: "Phases",
                column: "CommissioningMilestoneId");

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_ActualSourceId",
                table: "Milestones",
                column: "ActualSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_MilestoneDateRevisions_SourceId",
                table: "MilestoneDateRevisions",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_FigureRevisions_SourceId",
                table: "FigureRevisions",
                column: "SourceId");

            migrationBuilder.AddForeignKey(
                name: "FK_FigureRevisions_Sources_SourceId",
                table: "FigureRevisions",
                column: "SourceId",
                principalTable: "Sources",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_MilestoneDateRevisions_Sources_SourceId",
                table: "MilestoneDateRevisions",
                column: "SourceId",
                principalTable: "Sources",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Milestones_Sources_ActualSourceId",
                table: "Milestones",
                column: "ActualSourceId",
                principalTable: "Sources",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Phases_Milestones_CommissioningMilestoneId",
                table: "Phases",
                column: "CommissioningMilestoneId",
                principalTable: "Milestones",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }
    }
}
