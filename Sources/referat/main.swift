import Referat

print("referat")
