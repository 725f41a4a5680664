using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yunpan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Rewards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plans_capacity_grants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_capacity_grants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plans_invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InviterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DayOrdinal = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InviteeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RewardedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_invitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plans_points",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_points", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_plans_capacity_grants_MemberId_Source_Reference",
                table: "plans_capacity_grants",
                columns: new[] { "MemberId", "Source", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_invitations_Code",
                table: "plans_invitations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_invitations_InviteeId",
                table: "plans_invitations",
                column: "InviteeId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_invitations_InviterId_Day_DayOrdinal",
                table: "plans_invitations",
                columns: new[] { "InviterId", "Day", "DayOrdinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_invitations_InviterId_Ordinal",
                table: "plans_invitations",
                columns: new[] { "InviterId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plans_points_MemberId_Reason_Reference",
                table: "plans_points",
                columns: new[] { "MemberId", "Reason", "Reference" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plans_capacity_grants");

            migrationBuilder.DropTable(
                name: "plans_invitations");

            migrationBuilder.DropTable(
                name: "plans_points");
        }
    }
}
