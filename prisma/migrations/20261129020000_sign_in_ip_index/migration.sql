-- CreateIndex
CREATE INDEX "SignInEvent_ipAddress_at_idx" ON "SignInEvent"("ipAddress", "at");

