print("scanlogic")
