-- CreateTable
CREATE TABLE "SavedView" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "list" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DefaultView" (
    "userId" TEXT NOT NULL,
    "list" TEXT NOT NULL,
    "viewId" TEXT NOT NULL,

    CONSTRAINT "DefaultView_pkey" PRIMARY KEY ("userId","list")
);

-- CreateIndex
CREATE INDEX "SavedView_list_shared_idx" ON "SavedView"("list", "shared");

-- CreateIndex
CREATE INDEX "SavedView_ownerId_list_idx" ON "SavedView"("ownerId", "list");

-- CreateIndex
CREATE INDEX "DefaultView_viewId_idx" ON "DefaultView"("viewId");

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DefaultView" ADD CONSTRAINT "DefaultView_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DefaultView" ADD CONSTRAINT "DefaultView_viewId_fkey" FOREIGN KEY ("viewId") REFERENCES "SavedView"("id") ON DELETE CASCADE ON UPDATE CASCADE;
